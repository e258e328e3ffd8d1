package io.mewscontract.codegen.testing;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture spec's generated code, rendered and compiled once per test JVM (with the probe sources under
 * {@code src/test/resources/probes}, which use the generated API the way a user would) and shared by the
 * tests that run it.
 */
public final class FixtureOutput {
    private FixtureOutput() {}

    /** The base package fixture code is generated into. */
    public static final String PACKAGE = "com.example.connector";

    /** A fixed generator version, so golden files do not change with releases. */
    public static final String VERSION = "test";

    private static List<GeneratedFile> files;
    private static InMemoryCompiler.Compiled compiled;

    public static synchronized List<GeneratedFile> files() {
        if (files == null) {
            try {
                files = new CodeGenerator(VERSION)
                        .render(GenerationRequest.all(ProjectPaths.fixtureSpec(), Path.of("unused"), PACKAGE));
            } catch (Exception e) {
                throw new IllegalStateException("The fixture spec must generate", e);
            }
        }
        return files;
    }

    public static synchronized InMemoryCompiler.Compiled compiled() {
        if (compiled == null) {
            compiled = InMemoryCompiler.compile(files(), probes(), freshDirectory("compiled-fixture"));
        }
        return compiled;
    }

    public static Class<?> type(String simpleNameInSubpackage) {
        return compiled().load(PACKAGE + "." + simpleNameInSubpackage);
    }

    private static List<GeneratedFile> probes() {
        Path root = ProjectPaths.testResource("probes");
        try (Stream<Path> walk = Files.walk(root)) {
            List<GeneratedFile> sources = new ArrayList<>();
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(new GeneratedFile(
                        root.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file),
                        "probe " + file.getFileName()));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty directory under this module's target/. */
    public static Path freshDirectory(String name) {
        Path directory = ProjectPaths.module().resolve("target").resolve(name);
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> walk = Files.walk(directory)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
