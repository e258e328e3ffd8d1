package io.mewscontract.codegen.maven.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file an execution produced, as it was when the execution finished.
 *
 * @param relativePath below the output directory, with {@code /} separators
 * @param size its size in bytes
 * @param lastModifiedMillis its modification time
 */
public record OutputFile(String relativePath, long size, long lastModifiedMillis) {

    static OutputFile of(Path outputDirectory, Path file) throws IOException {
        String relative = outputDirectory
                .relativize(file)
                .toString()
                .replace(file.getFileSystem().getSeparator(), "/");
        return new OutputFile(
                relative, Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }

    /**
     * Whether the file is still the one recorded. Size and time are compared, not bytes: the check runs on every
     * build and must cost a {@code stat}, not a read. A file someone deleted, or edited, counts as changed.
     */
    boolean isIntactIn(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(relativePath);
        try {
            return Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == lastModifiedMillis;
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
