package io.mewscontract.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which files a spec may pull in before any parser follows a reference: {@code $ref}s within the
 * document, or to files under the spec's own directory (after following symbolic links). A URL (any scheme,
 * {@code //host}), an absolute path or a path leading out of the directory is refused with the pointer of the
 * {@code $ref}: a spec is input from outside, and generating code must not fetch from the network or read
 * arbitrary files of the machine that runs the build.
 *
 * <p>Referenced files are read here too, and refused when they hold a plain scalar YAML 1.1 would not read as
 * text ({@code Yes}, {@code Off}, {@code 010}): the parser reads referenced files itself, with YAML 1.1 rules.
 */
final class ReferenceGuard {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path root;
    private final Set<Path> seen = new HashSet<>();
    private final Deque<Path> pending = new ArrayDeque<>();

    private ReferenceGuard(Path root) {
        this.root = root;
    }

    /**
     * Checks every reference of {@code document} (read from {@code spec}) and of the files it refers to.
     *
     * @throws SpecException naming the file and the pointer of the first reference that leads outside
     * @throws IOException if a referenced file cannot be read
     */
    static void check(Path spec, JsonNode document) throws SpecException, IOException {
        Path realSpec = spec.toRealPath();
        ReferenceGuard guard = new ReferenceGuard(java.util.Objects.requireNonNull(realSpec.getParent()));
        guard.seen.add(realSpec);
        guard.walk(spec, realSpec, document);
        while (!guard.pending.isEmpty()) {
            Path file = guard.pending.poll();
            JsonNode referenced = SpecDocument.read(file, (value, at) -> {
                if (SpecDocument.YAML_11_ONLY.matcher(value).matches()) {
                    throw LoadFailure.invalid(at, "'" + value + "' is unquoted in a referenced file, which the"
                            + " parser reads by YAML 1.1 rules (as a boolean or an octal number): quote it");
                }
            });
            guard.walk(file, file, referenced);
        }
    }

    private void walk(Path file, Path realFile, JsonNode document) throws SpecException, IOException {
        Deque<Map.Entry<JsonNode, Pointer>> stack = new ArrayDeque<>();
        stack.push(Map.entry(document, Pointer.ROOT));
        while (!stack.isEmpty()) {
            Map.Entry<JsonNode, Pointer> entry = stack.pop();
            JsonNode node = entry.getKey();
            Pointer at = entry.getValue();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual()) {
                    follow(file, realFile, ref.asText(), at.add("$ref"));
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    stack.push(Map.entry(field.getValue(), at.add(field.getKey())));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    stack.push(Map.entry(node.get(i), at.add(i)));
                }
            }
        }
    }

    private void follow(Path file, Path realFile, String ref, Pointer at) throws SpecException, IOException {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        if (location.isEmpty()) {
            return; // within the document
        }
        if (SCHEME.matcher(location).find() || location.startsWith("//") || location.startsWith("\\\\")) {
            throw refused(file, at, "The reference " + ref + " names a URL; references are followed only within"
                    + " the spec and to files under its directory, never over the network");
        }
        String path = decode(location, file, at);
        if (path.startsWith("/") || path.startsWith("\\") || Path.of(path).isAbsolute()) {
            throw refused(file, at, "The reference " + ref + " is an absolute path; refer to files by a path"
                    + " relative to the referring file, under the spec's directory");
        }
        Path target = java.util.Objects.requireNonNull(realFile.getParent()).resolve(path).normalize();
        Path realTarget;
        try {
            realTarget = target.toRealPath();
        } catch (NoSuchFileException e) {
            throw new SpecException(SpecException.Kind.INVALID, file, at.value(), "The reference " + ref
                    + " names a file that does not exist: " + target);
        }
        if (!realTarget.startsWith(root)) {
            throw refused(file, at, "The reference " + ref + " leads out of the spec's directory " + root
                    + "; only files under it are read");
        }
        if (!Files.isRegularFile(realTarget)) {
            throw new SpecException(SpecException.Kind.INVALID, file, at.value(), "The reference " + ref
                    + " does not name a file");
        }
        if (seen.add(realTarget)) {
            pending.add(realTarget);
        }
    }

    private static String decode(String location, Path file, Pointer at) throws SpecException {
        if (!location.contains("%")) {
            return location;
        }
        try {
            String path = new URI(location.replace(" ", "%20")).getPath();
            return path == null ? location : path;
        } catch (URISyntaxException e) {
            throw new SpecException(SpecException.Kind.INVALID, file, at.value(), "The reference " + location
                    + " is not a valid URI reference: " + e.getReason());
        }
    }

    private static SpecException refused(Path file, Pointer at, String message) {
        return new SpecException(SpecException.Kind.UNSUPPORTED, file, at.value(), message);
    }
}
