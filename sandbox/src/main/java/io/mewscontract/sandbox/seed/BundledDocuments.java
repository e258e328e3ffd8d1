package io.mewscontract.sandbox.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Connector API documents the build copies into the sandbox's classes ({@code spec/docs/} →
 * {@value #RESOURCE_DIRECTORY}), read from wherever those classes are: a directory in a build or an IDE, the
 * sandbox's jar, or a jar that shaded it in. A class path cannot list a directory portably, so the location of this
 * class's own code is read instead.
 */
final class BundledDocuments {
    static final String RESOURCE_DIRECTORY = "io/mewscontract/sandbox/docs/";

    private BundledDocuments() {}

    /**
     * Every bundled document's text by file name, in file name order.
     *
     * @throws IllegalStateException if the documents cannot be found or read: the sandbox was built without them
     */
    static Map<String, String> read() {
        CodeSource source = BundledDocuments.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot locate the sandbox's classes to read the bundled documents");
        }
        Map<String, String> documents;
        try {
            Path location = Path.of(source.getLocation().toURI());
            documents = Files.isDirectory(location)
                    ? fromDirectory(location.resolve(RESOURCE_DIRECTORY))
                    : fromJar(location);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot read the Connector API documents bundled with the sandbox (" + RESOURCE_DIRECTORY + "): "
                            + e.getMessage(),
                    e);
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("The sandbox was built without the Connector API documents ("
                    + RESOURCE_DIRECTORY + " is empty); build it with Maven, which copies them from spec/docs");
        }
        return documents;
    }

    private static Map<String, String> fromDirectory(Path directory) throws IOException {
        Map<String, String> documents = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return documents;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                documents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return documents;
    }

    private static Map<String, String> fromJar(Path jar) throws IOException {
        Map<String, String> documents = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory()
                        && name.startsWith(RESOURCE_DIRECTORY)
                        && name.indexOf('/', RESOURCE_DIRECTORY.length()) < 0) {
                    entries.add(entry);
                }
            }
            for (ZipEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    documents.put(
                            entry.getName().substring(RESOURCE_DIRECTORY.length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return documents;
    }
}
