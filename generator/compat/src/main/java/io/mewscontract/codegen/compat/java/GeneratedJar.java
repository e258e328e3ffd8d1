package io.mewscontract.codegen.compat.java;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mewscontract.codegen.write.GeneratedFile;
import io.mewscontract.runtime.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Generated sources compiled into a jar in memory, the way a release would build them: against the runtime,
 * Jackson and JSpecify (the only libraries generated code may use). The classes pass through a temporary
 * directory that is deleted before returning.
 */
public final class GeneratedJar {

    private static final List<Class<?>> CLASSPATH_MARKERS = List.of(
            Validator.class,
            io.mewscontract.runtime.JsonMappers.class,
            ObjectMapper.class,
            JsonParser.class,
            JsonProperty.class,
            JavaTimeModule.class,
            Nullable.class);

    /**
     * Jars by the digest of their sources: the spec of the last release is compared again and again (a plugin
     * execution per module, a test per case), and compiling is the slow part.
     */
    private static final int CACHE_SIZE = 8;

    private static final Map<String, byte[]> CACHE = Collections.synchronizedMap(new LinkedHashMap<>());

    private GeneratedJar() {}

    /** The jars (or directories) generated code compiles against, found where the marker classes come from. */
    public static List<String> classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> marker : CLASSPATH_MARKERS) {
            try {
                URI location = marker.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI();
                entries.add(Path.of(location).toString());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("Cannot locate the library of " + marker.getName(), e);
            }
        }
        return List.copyOf(entries);
    }

    /**
     * @param label names the spec in an error ({@code "old spec"})
     * @throws IllegalStateException if no Java compiler is available (a JRE instead of a JDK) or the generated
     *     code does not compile (a generator bug, reported with the compiler's messages)
     */
    public static byte[] compile(List<GeneratedFile> sources, String label) throws IOException {
        String key = digest(sources);
        byte[] cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] jar = compileNow(sources, label);
        synchronized (CACHE) {
            if (CACHE.size() >= CACHE_SIZE) {
                CACHE.remove(CACHE.keySet().iterator().next());
            }
            CACHE.put(key, jar);
        }
        return jar;
    }

    /** The sources' identity: every path and byte. */
    private static String digest(List<GeneratedFile> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (GeneratedFile file : sources) {
                sha.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] compileNow(List<GeneratedFile> sources, String label) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler: run compat on a JDK, not a JRE");
        }
        Path classes = Files.createTempDirectory("mews-compat-classes");
        try {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files =
                    compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<JavaFileObject> units =
                        sources.stream().map(GeneratedJar::source).toList();
                List<String> options = List.of(
                        "--release",
                        "17",
                        "-proc:none",
                        "-nowarn",
                        "-classpath",
                        String.join(java.io.File.pathSeparator, classpath()),
                        "-d",
                        classes.toString());
                StringWriter output = new StringWriter();
                boolean ok = compiler.getTask(output, files, diagnostics, options, null, units)
                        .call();
                if (!ok) {
                    String messages = diagnostics.getDiagnostics().stream()
                            .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                            .limit(20)
                            .map(d -> d.getSource() == null
                                    ? d.getMessage(Locale.ROOT)
                                    : d.getSource().getName() + ":" + d.getLineNumber() + ": "
                                            + d.getMessage(Locale.ROOT))
                            .collect(Collectors.joining(System.lineSeparator()));
                    throw new IllegalStateException("The code generated from the " + label + " does not compile:"
                            + System.lineSeparator() + messages + output);
                }
            }
            return jar(classes);
        } finally {
            deleteRecursively(classes);
        }
    }

    private static JavaFileObject source(GeneratedFile file) {
        URI uri = URI.create("string:///" + file.relativePath());
        String text = new String(file.content(), StandardCharsets.UTF_8);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    private static byte[] jar(Path classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (Path file : files) {
                jar.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> paths =
                    new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
