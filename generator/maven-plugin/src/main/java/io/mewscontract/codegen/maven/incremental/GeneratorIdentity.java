package io.mewscontract.codegen.maven.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which generator produced the output: its version, and a digest of its code.
 *
 * <p>The version alone is not enough: a {@code -SNAPSHOT} generator changes without changing its version (in
 * this very repository, every edit to an emitter), and its users must then see new output. The build is
 * reproducible, so rebuilding unchanged sources gives the same jar and the same digest.
 *
 * @param version the generator's version
 * @param codeDigest SHA-256 of the jar (or classes directory) the generator's classes were loaded from
 */
public record GeneratorIdentity(String version, String codeDigest) {

    /** The identity of the generator whose classes include {@code generatorClass}. */
    public static GeneratorIdentity of(String version, Class<?> generatorClass) throws IOException {
        CodeSource source = generatorClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return new GeneratorIdentity(version, "no-code-source");
        }
        return new GeneratorIdentity(version, digestOf(toPath(source.getLocation())));
    }

    private static String digestOf(Path location) throws IOException {
        MessageDigest digest = Fingerprint.newDigest();
        if (Files.isRegularFile(location)) {
            try (InputStream in = Files.newInputStream(location)) {
                digest.update(in.readAllBytes());
            }
        } else {
            // A classes directory (builds that stop before package, IDEs): names and bytes of every file.
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path toPath(URL location) throws IOException {
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("The generator's classes come from " + location + ", which is not a file", e);
        }
    }
}
