package io.mewscontract.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.codegen.SpecException.Problem;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns swagger-parser's messages into problems with a JSON pointer. The parser reports locations as dotted
 * paths ({@code attribute paths.'/a/b'(post).requestBody.foo is unexpected}); this rewrites them as pointers
 * ({@code /paths/~1a~1b/post/requestBody/foo}). Messages without a location (YAML syntax errors, which carry
 * line and column themselves) point at the document root.
 *
 * <p>The parser's locations are not always real paths: an unresolved reference is reported as
 * {@code components.schemas.Owner.Missing} when the {@code $ref} sits deeper. Pointers are therefore checked
 * against the document: a pointer to nothing becomes the {@code $ref} naming the missing target, or else the
 * deepest node that exists.
 */
final class ParserMessages {
    private ParserMessages() {}

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^attribute (.+?) (is (?:unexpected|missing|repeated|unsupported|not of type).*)$", Pattern.DOTALL);

    static Problem toProblem(String message, @Nullable JsonNode document) {
        Matcher matcher = ATTRIBUTE.matcher(message);
        if (!matcher.matches()) {
            return new Problem("", message);
        }
        String pointer = pointer(matcher.group(1));
        return new Problem(document == null ? pointer : refine(pointer, document), message);
    }

    /** {@code pointer} if it exists in the document; else the $ref naming its last token, or its deepest parent. */
    static String refine(String pointer, JsonNode document) {
        if (!document.at(pointer).isMissingNode()) {
            return pointer;
        }
        String parent = pointer;
        while (!parent.isEmpty() && document.at(parent).isMissingNode()) {
            parent = parent.substring(0, parent.lastIndexOf('/'));
        }
        String missing = pointer.substring(pointer.lastIndexOf('/') + 1)
                .replace("~1", "/")
                .replace("~0", "~");
        String reference = findReference(document.at(parent), parent, "/" + missing);
        return reference != null ? reference : parent;
    }

    /** The pointer of the first {@code $ref} below {@code node} whose value ends with {@code suffix}. */
    private static @Nullable String findReference(JsonNode node, String at, String suffix) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().endsWith(suffix)) {
                return at + "/$ref";
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String found = findReference(
                        field.getValue(), new Pointer(at).add(field.getKey()).value(), suffix);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = findReference(node.get(i), at + "/" + i, suffix);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** {@code paths.'/a/b'(post).x.#/components/schemas/Y} → {@code /paths/~1a~1b/post/x}. */
    static String pointer(String location) {
        Pointer pointer = Pointer.ROOT;
        int i = 0;
        while (i < location.length()) {
            if (location.startsWith("#/", i)) {
                // A reference target named in the message, not a location: the pointer ends at its holder.
                break;
            }
            String token;
            if (location.charAt(i) == '\'') {
                int close = location.indexOf('\'', i + 1);
                close = close < 0 ? location.length() : close;
                token = location.substring(i + 1, close);
                i = close + 1;
            } else {
                int end = i;
                while (end < location.length() && location.charAt(end) != '.' && location.charAt(end) != '(') {
                    end++;
                }
                token = location.substring(i, end);
                i = end;
            }
            if (!token.isEmpty()) {
                pointer = pointer.add(token);
            }
            if (i < location.length() && location.charAt(i) == '(') {
                int close = location.indexOf(')', i);
                close = close < 0 ? location.length() : close;
                pointer = pointer.add(location.substring(i + 1, close));
                i = close + 1;
            }
            if (i < location.length() && location.charAt(i) == '.') {
                i++;
            }
        }
        return pointer.value();
    }
}
