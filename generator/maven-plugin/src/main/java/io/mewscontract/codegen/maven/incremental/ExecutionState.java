package io.mewscontract.codegen.maven.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an execution's last successful run left: its fingerprint and the files it produced.
 *
 * @param fingerprint the fingerprint of that run
 * @param inputs the fingerprint of that run's input bytes; null when the spec's files could not all be found
 *     with certainty, or changed while the run read them
 * @param files every file the run produced (written or already right), sorted by path
 */
public record ExecutionState(
        Fingerprint fingerprint, @Nullable Fingerprint inputs, List<OutputFile> files) {

    private static final String HEADER = "mews-codegen state 1";

    public ExecutionState {
        files = List.copyOf(files);
    }

    /** The same state with other input fingerprints. */
    ExecutionState withInputs(@Nullable Fingerprint newInputs) {
        return new ExecutionState(fingerprint, newInputs, files);
    }

    /**
     * A header line, a {@code fingerprint} line, an {@code inputs} line when known, then one {@code file SIZE
     * MILLIS PATH} line per file.
     */
    String toText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("fingerprint ").append(fingerprint.hex()).append('\n');
        if (inputs != null) {
            text.append("inputs ").append(inputs.hex()).append('\n');
        }
        for (OutputFile file : files) {
            text.append("file ")
                    .append(file.size())
                    .append(' ')
                    .append(file.lastModifiedMillis())
                    .append(' ')
                    .append(file.relativePath())
                    .append('\n');
        }
        return text.toString();
    }

    /** The state {@code text} holds, or empty when it is not a state this version wrote (then: regenerate). */
    static Optional<ExecutionState> parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("fingerprint ")) {
            return Optional.empty();
        }
        Fingerprint fingerprint = new Fingerprint(lines.get(1).substring("fingerprint ".length()));
        Fingerprint inputs = null;
        int next = 2;
        if (lines.size() > next && lines.get(next).startsWith("inputs ")) {
            inputs = new Fingerprint(lines.get(next).substring("inputs ".length()));
            next++;
        }
        List<OutputFile> files = new ArrayList<>();
        for (String line : lines.subList(next, lines.size())) {
            String[] parts = line.split(" ", 4);
            if (parts.length != 4 || !parts[0].equals("file")) {
                return Optional.empty();
            }
            try {
                files.add(new OutputFile(parts[3], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ExecutionState(fingerprint, inputs, files));
    }
}
