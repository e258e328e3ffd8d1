package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which component schemas a client sends (reachable from a request body) and which it receives (reachable from a
 * response): the same change breaks a client on one side and not on the other.
 */
final class Usage {
    private static final String SCHEMAS = "#/components/schemas/";
    private final Set<String> sent = new HashSet<>();
    private final Set<String> received = new HashSet<>();

    Usage(JsonNode... documents) {
        for (JsonNode document : documents) {
            for (JsonNode path : iterable(document.path("paths"))) {
                for (JsonNode operation : iterable(path)) {
                    reach(document, operation.path("requestBody"), sent);
                    reach(document, operation.path("responses"), received);
                }
            }
        }
    }

    boolean sent(String schema) {
        return sent.contains(schema);
    }

    boolean received(String schema) {
        return received.contains(schema);
    }

    private static void reach(JsonNode document, JsonNode start, Set<String> into) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual()) {
                    String target = ref.asText();
                    if (target.startsWith(SCHEMAS) && into.add(target.substring(SCHEMAS.length()))) {
                        queue.add(document.path("components").path("schemas").path(target.substring(SCHEMAS.length())));
                    } else if (target.startsWith("#/components/responses/")) {
                        queue.add(document.at(target.substring(1)));
                    }
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    queue.add(field.getValue());
                }
            } else if (node.isArray()) {
                node.forEach(queue::add);
            }
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }
}
