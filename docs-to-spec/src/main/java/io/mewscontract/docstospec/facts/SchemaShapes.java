package io.mewscontract.docstospec.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Brings a schema's {@code allOf} into the one shape facts are taken from, so that two spellings of the same
 * contract yield the same facts (DESIGN.md, "Spec conventions"):
 * <ul>
 *   <li>a use-site wrapper {@code allOf: [{$ref: X}]} beside {@code nullable} or {@code description} is the
 *       reference {@code $ref: X} (OpenAPI 3.0 ignores siblings of {@code $ref}, hence the wrapper);</li>
 *   <li>a composition {@code allOf: [{$ref: ConnectorRequest}, {properties...}]} keeps its references as a set
 *       ({@code allOf} of reference strings; also a single reference beside the schema's own {@code properties},
 *       {@code type} or {@code items}) and merges the inline parts into the schema itself: their
 *       properties, the union of their {@code required} lists, their type.</li>
 * </ul>
 */
final class SchemaShapes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaShapes() {}

    /** The flattened copy of a schema object; other nodes are returned unchanged. */
    static JsonNode flatten(JsonNode schema) {
        if (!schema.isObject() || !schema.path("allOf").isArray()) {
            return schema;
        }
        ObjectNode out = ((ObjectNode) schema).deepCopy();
        ArrayNode parts = (ArrayNode) out.remove("allOf");
        if (parts.size() == 1
                && isReferenceOnly(parts.get(0))
                && !out.has("$ref")
                && !out.has("properties")
                && !out.has("type")
                && !out.has("items")) {
            out.set("$ref", parts.get(0).get("$ref"));
            return out;
        }
        Set<String> references = new LinkedHashSet<>();
        for (JsonNode part : parts) {
            if (isReferenceOnly(part)) {
                references.add(part.get("$ref").asText());
            } else if (part.isObject()) {
                merge(out, (ObjectNode) flatten(part), references);
            }
        }
        if (!references.isEmpty()) {
            ArrayNode list = NODES.arrayNode();
            references.forEach(list::add);
            out.set("allOf", list);
        }
        return out;
    }

    static boolean isReferenceOnly(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.path("$ref").isTextual();
    }

    private static void merge(ObjectNode into, ObjectNode part, Set<String> references) {
        for (Map.Entry<String, JsonNode> field : part.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "properties" -> {
                    ObjectNode properties =
                            into.has("properties") && into.get("properties").isObject()
                                    ? (ObjectNode) into.get("properties")
                                    : into.putObject("properties");
                    value.properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
                }
                case "required" -> {
                    Set<String> names = new LinkedHashSet<>();
                    into.path("required").forEach(n -> names.add(n.asText()));
                    value.forEach(n -> names.add(n.asText()));
                    ArrayNode list = NODES.arrayNode();
                    names.forEach(list::add);
                    into.set("required", list);
                }
                case "allOf" -> value.forEach(n -> references.add(n.asText()));
                default -> {
                    if (!into.has(key)) {
                        into.set(key, value);
                    }
                }
            }
        }
    }
}
