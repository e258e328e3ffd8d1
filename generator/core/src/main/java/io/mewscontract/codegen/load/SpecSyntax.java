package io.mewscontract.codegen.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the spec and every local file it refers to as plain YAML (JSON is YAML) before swagger-parser sees them.
 * A syntax error or a reference to a missing file becomes one {@link SpecException} naming the file and the line,
 * and the parser never meets it: on such input the parser logs stack traces through SLF4J, which Maven prints.
 */
final class SpecSyntax {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private SpecSyntax() {}

    /**
     * @return the spec's own document, as a tree
     * @throws IOException if a file cannot be read (the spec itself missing included)
     * @throws SpecException if a file is not well-formed YAML, or a {@code $ref} names a local file that does not
     *     exist
     */
    static JsonNode check(Path spec) throws IOException, SpecException {
        Path root = spec.toAbsolutePath().normalize();
        JsonNode document = read(spec);
        Set<Path> seen = new HashSet<>(Set.of(root));
        Deque<Path> pending = new ArrayDeque<>();
        references(spec, root, document, seen, pending);
        while (!pending.isEmpty()) {
            Path file = pending.remove();
            references(file, file, read(file), seen, pending);
        }
        return document;
    }

    private static JsonNode read(Path file) throws IOException, SpecException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            JsonNode tree = YAML.readTree(bytes);
            return tree == null ? YAML.nullNode() : tree;
        } catch (JsonProcessingException syntax) {
            throw new SpecException(SpecException.Kind.INVALID, file, "", "Not well-formed YAML" + describe(syntax));
        }
    }

    /**
     * {@code  at line 27, column 17: expected ',' or ']', but got : (while parsing a flow sequence started at line
     * 26, column 17)}: SnakeYAML's parts, on one line, without its excerpts of the file.
     */
    private static String describe(JsonProcessingException syntax) {
        if (syntax.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String text = " at " + position(marked.getProblemMark()) + ": " + marked.getProblem();
            if (marked.getContext() != null) {
                text += " (" + marked.getContext()
                        + (marked.getContextMark() == null ? "" : " started at " + position(marked.getContextMark()))
                        + ")";
            }
            return text;
        }
        JsonLocation at = syntax.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return where + ": " + oneLine(syntax.getOriginalMessage());
    }

    private static String position(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    /** Queues the local files {@code node} refers to; a missing one is reported at its {@code $ref}. */
    private static void references(Path shown, Path file, JsonNode node, Set<Path> seen, Deque<Path> pending)
            throws SpecException {
        Deque<Map.Entry<String, JsonNode>> walk = new ArrayDeque<>();
        walk.push(Map.entry("", node));
        while (!walk.isEmpty()) {
            Map.Entry<String, JsonNode> entry = walk.pop();
            JsonNode current = entry.getValue();
            if (current.isArray()) {
                for (int i = current.size() - 1; i >= 0; i--) {
                    walk.push(Map.entry(entry.getKey() + "/" + i, current.get(i)));
                }
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = current.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String pointer = new Pointer(entry.getKey()).add(field.getKey()).value();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    String location = field.getValue().asText();
                    int hash = location.indexOf('#');
                    String path = hash < 0 ? location : location.substring(0, hash);
                    if (path.isEmpty() || SCHEME.matcher(path).find()) {
                        continue; // inside this file, or remote: the parser's business
                    }
                    Path target = file.resolveSibling(path).normalize();
                    if (!Files.exists(target)) {
                        throw new SpecException(SpecException.Kind.INVALID, shown, pointer,
                                "'" + location + "' refers to " + target + ", which does not exist");
                    }
                    if (seen.add(target)) {
                        pending.add(target);
                    }
                } else {
                    walk.push(Map.entry(pointer, field.getValue()));
                }
            }
        }
    }

    /** The parser's message without its line breaks and caret drawings. */
    private static String oneLine(String message) {
        return message.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.equals("^"))
                .reduce((a, b) -> a + " " + b).orElse(message);
    }
}
