package io.mewscontract.codegen.maven.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The integration tests' small two-file spec, copied where a test may edit it. */
final class SpecFixture {

    static final String MAIN = "shop-api.yaml";
    static final String REFERENCED = "schemas.yaml";

    private SpecFixture() {}

    /** Copies the spec into {@code directory} and returns its main file. */
    static Path copyInto(Path directory) throws IOException {
        Path source = Path.of(
                System.getProperty("mews.project.root"), "generator/maven-plugin/src/it/incremental/src/main/spec");
        Files.createDirectories(directory);
        for (String name : new String[] {MAIN, REFERENCED}) {
            Files.copy(source.resolve(name), directory.resolve(name));
        }
        return directory.resolve(MAIN);
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
