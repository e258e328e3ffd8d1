package io.mewscontract.codegen.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mewscontract.codegen.write.GeneratedFile;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Compiles generated sources (plus hand-written probe sources that use them) with {@code javax.tools}, with
 * {@code -Xlint:all -Werror} so a warning in generated code fails the test, and loads the classes.
 */
public final class InMemoryCompiler {
    private InMemoryCompiler() {}

    /** The libraries generated code may use: the runtime (core and Jackson 2 binding), Jackson, JSpecify. */
    private static final List<Class<?>> CLASSPATH_MARKERS = List.of(
            Validator.class,
            JsonMappers.class,
            ObjectMapper.class,
            JsonParser.class,
            JsonProperty.class,
            JavaTimeModule.class,
            Nullable.class);

    /** Compiled classes and the directory holding them. */
    public record Compiled(ClassLoader classLoader, Path classes) {
        public Class<?> load(String name) {
            try {
                return classLoader.loadClass(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("Not compiled: " + name, e);
            }
        }
    }

    /**
     * @param generated the generated files (paths relative to a source root)
     * @param extraSources more sources, e.g. probes, as (relative path, content)
     * @param workDir where sources and classes go
     * @throws AssertionError listing every diagnostic if compilation fails or warns
     */
    public static Compiled compile(List<GeneratedFile> generated, List<GeneratedFile> extraSources, Path workDir) {
        try {
            Path sources = workDir.resolve("src");
            Path classes = Files.createDirectories(workDir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (GeneratedFile file :
                    Stream.concat(generated.stream(), extraSources.stream()).toList()) {
                Path target = sources.resolve(file.relativePath());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
                files.add(target);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager =
                    compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = List.of(
                        "--release",
                        "17",
                        "-Xlint:all",
                        "-Werror",
                        "-proc:none",
                        "-classpath",
                        classpath(),
                        "-d",
                        classes.toString());
                StringWriter output = new StringWriter();
                boolean ok = compiler.getTask(
                                output,
                                fileManager,
                                diagnostics,
                                options,
                                null,
                                fileManager.getJavaFileObjectsFromPaths(files))
                        .call();
                if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                    throw new AssertionError("Generated code does not compile cleanly:\n" + output
                            + diagnostics.getDiagnostics().stream()
                                    .map(d -> d.toString())
                                    .collect(Collectors.joining("\n")));
                }
            }
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
            return new Compiled(loader, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> marker : CLASSPATH_MARKERS) {
            try {
                entries.add(Path.of(marker.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
