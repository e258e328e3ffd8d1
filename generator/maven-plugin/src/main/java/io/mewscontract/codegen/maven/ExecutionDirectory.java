package io.mewscontract.codegen.maven;

import java.nio.file.Path;

/** The work directory of one execution: its state file and, for a spec from a jar, the spec's copy. */
final class ExecutionDirectory {

    private ExecutionDirectory() {}

    /**
     * {@code workDirectory/<execution id>}, with every character outside {@code [A-Za-z0-9.-]} written as
     * {@code _} and its hexadecimal code, so that distinct ids never share a directory.
     */
    static Path of(Path workDirectory, String executionId) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < executionId.length(); i++) {
            char c = executionId.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || (c == '.' && name.length() > 0);
            if (safe) {
                name.append(c);
            } else {
                name.append('_').append(String.format("%04x", (int) c));
            }
        }
        return workDirectory.resolve(name.toString());
    }
}
