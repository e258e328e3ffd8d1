package io.mewscontract.codegen.maven.spec;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the spec a user named.
 *
 * <p>The value is first taken as a path (absolute, or relative to the module's directory). When no such file
 * exists, or the value starts with {@value #CLASSPATH_PREFIX}, it is looked up as a resource of {@code
 * resources} (the plugin's class loader, which sees the plugin's {@code <dependencies>}). A resource inside a
 * jar is copied out with every resource of its directory and below, so relative {@code $ref}s between them keep
 * working; the copy is written only where bytes differ and loses files the jar no longer has.
 */
public final class SpecLocator {

    /** Forces a classpath lookup, skipping the file system. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private final Path baseDirectory;
    private final ClassLoader resources;
    private final Path extractionDirectory;

    /**
     * @param baseDirectory what a relative path is relative to (the module's directory)
     * @param resources where classpath resources are looked up
     * @param extractionDirectory where a resource found inside a jar is copied to; owned by the caller's
     *     execution alone, since stale files below it are deleted
     */
    public SpecLocator(Path baseDirectory, ClassLoader resources, Path extractionDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.resources = resources;
        this.extractionDirectory = extractionDirectory.toAbsolutePath().normalize();
    }

    public LocatedSpec locate(String spec) throws SpecNotFoundException, IOException {
        String value = spec.strip();
        if (value.isEmpty()) {
            throw new SpecNotFoundException("The spec parameter is empty: set it to a file or a classpath resource");
        }
        Path candidate = null;
        if (!value.startsWith(CLASSPATH_PREFIX)) {
            candidate = baseDirectory.resolve(value).toAbsolutePath().normalize();
            if (Files.isRegularFile(candidate)) {
                return new LocatedSpec(candidate, candidate.toString());
            }
        }
        String resourceName = stripLeadingSlashes(
                value.startsWith(CLASSPATH_PREFIX) ? value.substring(CLASSPATH_PREFIX.length()) : value);
        URL resource = resourceName.isEmpty() ? null : resources.getResource(resourceName);
        if (resource == null) {
            String fileLookup = candidate == null ? "" : "no file " + candidate + " and ";
            throw new SpecNotFoundException("Spec '" + value + "' not found: " + fileLookup + "no classpath resource '"
                    + resourceName + "' in the plugin's dependencies. Give a path relative to " + baseDirectory
                    + ", or add the artifact that carries the spec as a <dependency> of the plugin.");
        }
        return switch (resource.getProtocol()) {
            case "file" ->
                new LocatedSpec(fileOf(resource), "classpath resource " + resourceName + " (" + fileOf(resource) + ")");
            case "jar" -> extract(resourceName, resource);
            default ->
                throw new SpecNotFoundException("Spec '" + value + "' is the classpath resource " + resource
                        + ", which cannot be read as a file (only directories and jars are supported)");
        };
    }

    private LocatedSpec extract(String resourceName, URL resource) throws IOException, SpecNotFoundException {
        JarURLConnection connection = (JarURLConnection) resource.openConnection();
        // Only the jar's location and the entry name are needed; the jar is opened below, and closed again, so
        // a jar rebuilt later in the same JVM (a reactor build, an IDE) is never read from a stale cache.
        Path jar = fileOf(connection.getJarFileURL());
        String entryName = connection.getEntryName();
        String directoryPrefix = entryName.contains("/") ? entryName.substring(0, entryName.lastIndexOf('/') + 1) : "";
        Set<Path> extracted = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(directoryPrefix))
                    .toList();
            for (ZipEntry entry : entries) {
                Path target = extractionDirectory.resolve(entry.getName()).normalize();
                if (!target.startsWith(extractionDirectory)) {
                    throw new SpecNotFoundException(
                            "The jar " + jar + " has an entry outside its root: " + entry.getName());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    writeIfChanged(target, in.readAllBytes());
                }
                extracted.add(target);
            }
        }
        deleteOthers(extracted);
        return new LocatedSpec(
                extractionDirectory.resolve(entryName).normalize(),
                "classpath resource " + resourceName + " (from " + jar + ")");
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    /** Deletes what an earlier extraction left that this one did not produce (a file the jar lost). */
    private void deleteOthers(Set<Path> keep) throws IOException {
        if (!Files.isDirectory(extractionDirectory)) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(extractionDirectory)) {
            walk.filter(Files::isRegularFile)
                    .filter(path -> !keep.contains(path))
                    .forEach(stale::add);
        }
        for (Path path : stale) {
            Files.delete(path);
        }
    }

    private static Path fileOf(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("Cannot turn " + url + " into a file path", e);
        }
    }

    private static String stripLeadingSlashes(String name) {
        int start = 0;
        while (start < name.length() && name.charAt(start) == '/') {
            start++;
        }
        return name.substring(start);
    }
}
