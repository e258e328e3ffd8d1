package io.mewscontract.codegen.maven.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A digest of the bytes of the spec file and of every local file it refers to, directly or not: the cheap
 * check that lets an unchanged spec skip even the loader.
 *
 * <p>Equal bytes give an equal resolved spec, so equal digests prove nothing changed. The converse is not
 * needed: when the digests differ, the caller falls back to the resolved fingerprint, which decides. The scan
 * must therefore never miss a referenced file, and it is conservative: it finds {@code $ref} keys in the text
 * (YAML block or flow style, JSON), and when one of them is written in a way it does not read with certainty
 * (an escape, a multi-line value, a percent-encoded or remote reference) it gives no digest at all.
 */
final class SpecInputs {

    /** {@code $ref} where a key starts: after the line's indentation, a list dash, an opening brace or a comma. */
    private static final Pattern KEY = Pattern.compile("(?m)(?:^|[{,])[ \\t]*(?:-[ \\t]+)*([\"']?)\\$ref\\1[ \\t]*:");

    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"\\\\\\n]*)\"");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'([^'\\n]*)'(?!')");
    /** A plain value: up to the end of the line, a flow delimiter, or a comment. */
    private static final Pattern PLAIN = Pattern.compile(
            "([^\\s\"'{}\\[\\],#&*!|>%@`][^\\n{}\\[\\],]*?)[ \\t]*(?:[ \\t]#.*)?(?=$|[,}\\]])", Pattern.MULTILINE);

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private SpecInputs() {}

    /**
     * @return the digest, or empty when some reference could not be read with certainty (then only the
     *     resolved fingerprint can tell whether the spec changed)
     */
    static Optional<String> digest(Path spec) throws IOException {
        TreeMap<Path, String> files = new TreeMap<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.add(spec.toAbsolutePath().normalize());
        while (!pending.isEmpty()) {
            Path file = pending.remove();
            if (files.containsKey(file)) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                // The loader will report it; the digest records the absence, which a new file then changes.
                files.put(file, "missing");
                continue;
            }
            files.put(file, Fingerprint.sha256(bytes));
            if (!referencedFiles(file, new String(bytes, StandardCharsets.UTF_8), pending)) {
                return Optional.empty();
            }
        }
        MessageDigest digest = Fingerprint.newDigest();
        files.forEach((file, hash) -> digest.update((file + "\u0000" + hash + "\n").getBytes(StandardCharsets.UTF_8)));
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** Adds the local files {@code text} refers to; false when a reference cannot be read with certainty. */
    private static boolean referencedFiles(Path file, String text, Deque<Path> pending) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("\\u0024") || lower.contains("\\x24")) {
            // An escaped '$' could spell a $ref key this scan cannot see.
            return false;
        }
        Matcher key = KEY.matcher(text);
        while (key.find()) {
            @Nullable String value = valueAt(text, skipBlanks(text, key.end()));
            if (value == null) {
                return false;
            }
            int hash = value.indexOf('#');
            String location = hash < 0 ? value : value.substring(0, hash);
            if (location.isEmpty()) {
                continue;
            }
            if (SCHEME.matcher(location).find() || location.contains("%") || location.contains("\\")) {
                return false;
            }
            pending.add(file.resolveSibling(location).toAbsolutePath().normalize());
        }
        return true;
    }

    private static int skipBlanks(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** The scalar value starting at {@code at}, or null when it is not a one-line scalar read with certainty. */
    private static @Nullable String valueAt(String text, int at) {
        for (Pattern pattern : new Pattern[] {DOUBLE_QUOTED, SINGLE_QUOTED, PLAIN}) {
            Matcher value = pattern.matcher(text).region(at, text.length());
            if (value.lookingAt()) {
                return value.group(1);
            }
        }
        return null;
    }
}
