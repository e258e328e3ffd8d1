package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docstospec.facts.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a flattened pointer's node sits in a document as written, descending into {@code allOf} parts where
 * the flattened view merged them ({@code .../PaymentRequestFilterParameters/properties/States} is
 * {@code .../PaymentRequestFilterParameters/allOf/1/properties/States} in the spec), so an overlay action can
 * target it.
 */
final class RawLocator {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private RawLocator() {}

    /** The tokens of the node as written, or empty when the document has no such node. */
    static Optional<List<String>> locate(JsonNode document, String flattenedPointer) {
        List<String> tokens = Pointers.tokens(flattenedPointer);
        if (tokens.size() >= 4 && tokens.get(0).equals("paths") && tokens.get(3).equals("parameters")) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        return descend(document, tokens, 0, found) ? Optional.of(found) : Optional.empty();
    }

    private static boolean descend(JsonNode node, List<String> tokens, int index, List<String> path) {
        if (index == tokens.size()) {
            return true;
        }
        String token = tokens.get(index);
        if (node.isObject() && node.has(token)) {
            path.add(token);
            if (descend(node.get(token), tokens, index + 1, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        if (node.isObject() && node.path("allOf").isArray()) {
            JsonNode parts = node.get("allOf");
            for (int i = 0; i < parts.size(); i++) {
                path.add("allOf");
                path.add(String.valueOf(i));
                if (descend(parts.get(i), tokens, index, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    /** A JSONPath for tokens: {@code $.components.schemas.X.allOf[1].properties.Y}, quoting where needed. */
    static String jsonPath(List<String> tokens) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean index =
                    i > 0 && tokens.get(i - 1).equals("allOf") && token.chars().allMatch(Character::isDigit);
            if (index) {
                path.append('[').append(token).append(']');
            } else if (IDENTIFIER.matcher(token).matches()) {
                path.append('.').append(token);
            } else {
                path.append("['").append(token.replace("'", "\\'")).append("']");
            }
        }
        return path.toString();
    }
}
