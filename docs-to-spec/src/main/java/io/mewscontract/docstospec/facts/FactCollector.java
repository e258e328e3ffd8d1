package io.mewscontract.docstospec.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docstospec.draft.DraftResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Walks an OpenAPI document and states every fact it holds, classified by {@link FactKind}. Defaults are not
 * facts ({@code nullable: false} states nothing), sets are member by member ({@code required}, {@code enum},
 * tags), parameters are keyed by location and name, and schemas are flattened first ({@link SchemaShapes}).
 */
final class FactCollector {
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> CONSTRAINTS = Set.of(
            "minLength",
            "maxLength",
            "pattern",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "minProperties",
            "maxProperties");
    private static final Set<String> DOCUMENTATION = Set.of(
            "description", "summary", "title", "example", "examples", "externalDocs", "x-mews-enum-descriptions");
    /**
     * Keys that state no fact about the contract: the draft's record of why it decided (rule, page, line), which
     * moves with every edit above the line it cites. A spec written by {@code draft} carries it.
     */
    private static final Set<String> NOT_FACTS = Set.of(DraftResult.EVIDENCE_EXTENSION);
    /** Keys whose {@code false} is the default, so {@code false} states nothing. */
    private static final Set<String> FALSE_DEFAULTS = Set.of(
            "nullable",
            "deprecated",
            "required",
            "uniqueItems",
            "readOnly",
            "writeOnly",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "allowEmptyValue");

    private final SortedMap<String, Fact> facts = new TreeMap<>();

    SortedMap<String, Fact> collect(JsonNode root) {
        for (Map.Entry<String, JsonNode> field : fields(root)) {
            String key = field.getKey();
            String pointer = "/" + Pointers.escape(key);
            switch (key) {
                case "paths" -> paths(field.getValue());
                case "components" -> components(field.getValue());
                default ->
                    generic(
                            pointer,
                            field.getValue(),
                            key.startsWith("x-") ? FactKind.EXTENSION : FactKind.METADATA,
                            "");
            }
        }
        return facts;
    }

    private void paths(JsonNode paths) {
        for (Map.Entry<String, JsonNode> path : fields(paths)) {
            String pathPointer = "/paths/" + Pointers.escape(path.getKey());
            for (Map.Entry<String, JsonNode> entry : fields(path.getValue())) {
                String pointer = pathPointer + "/" + Pointers.escape(entry.getKey());
                if (METHODS.contains(entry.getKey())) {
                    operation(pointer, entry.getValue());
                } else {
                    attribute(pointer, entry.getKey(), entry.getValue(), pathPointer);
                }
            }
        }
    }

    private void operation(String pointer, JsonNode operation) {
        add(pointer, FactKind.OPERATION, "present", pointer);
        for (Map.Entry<String, JsonNode> field : fields(operation)) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String at = pointer + "/" + Pointers.escape(key);
            switch (key) {
                case "parameters" -> parameters(at, value);
                case "requestBody" -> requestBody(at, value, pointer);
                case "responses" ->
                    fields(value).forEach(r -> response(at + "/" + Pointers.escape(r.getKey()), r.getValue()));
                default -> attribute(at, key, value, pointer);
            }
        }
    }

    private void parameters(String pointer, JsonNode parameters) {
        for (JsonNode parameter : parameters) {
            String key = parameter.has("$ref")
                    ? parameter.get("$ref").asText()
                    : parameter.path("in").asText() + ":"
                            + parameter.path("name").asText();
            parameter(pointer + "/" + Pointers.escape(key), parameter);
        }
    }

    private void parameter(String pointer, JsonNode parameter) {
        add(pointer, FactKind.PARAMETER, "present", pointer);
        for (Map.Entry<String, JsonNode> field : fields(parameter)) {
            String at = pointer + "/" + Pointers.escape(field.getKey());
            switch (field.getKey()) {
                case "schema" -> schema(at, field.getValue(), pointer);
                case "content" -> content(at, field.getValue(), pointer);
                default -> attribute(at, field.getKey(), field.getValue(), pointer);
            }
        }
    }

    private void requestBody(String pointer, JsonNode body, String element) {
        for (Map.Entry<String, JsonNode> field : fields(body)) {
            String at = pointer + "/" + Pointers.escape(field.getKey());
            if (field.getKey().equals("content")) {
                content(at, field.getValue(), element);
            } else {
                attribute(at, field.getKey(), field.getValue(), element);
            }
        }
    }

    private void response(String pointer, JsonNode response) {
        add(pointer, FactKind.RESPONSE, "present", pointer);
        for (Map.Entry<String, JsonNode> field : fields(response)) {
            String at = pointer + "/" + Pointers.escape(field.getKey());
            switch (field.getKey()) {
                case "headers" ->
                    fields(field.getValue())
                            .forEach(h -> parameter(at + "/" + Pointers.escape(h.getKey()), h.getValue()));
                case "content" -> content(at, field.getValue(), pointer);
                default -> attribute(at, field.getKey(), field.getValue(), pointer);
            }
        }
    }

    private void content(String pointer, JsonNode content, String element) {
        for (Map.Entry<String, JsonNode> media : fields(content)) {
            String at = pointer + "/" + Pointers.escape(media.getKey());
            add(at, FactKind.OTHER, "present", element);
            for (Map.Entry<String, JsonNode> field : fields(media.getValue())) {
                String fieldAt = at + "/" + Pointers.escape(field.getKey());
                if (field.getKey().equals("schema")) {
                    schema(fieldAt, field.getValue(), element);
                } else {
                    attribute(fieldAt, field.getKey(), field.getValue(), element);
                }
            }
        }
    }

    private void components(JsonNode components) {
        for (Map.Entry<String, JsonNode> section : fields(components)) {
            String sectionPointer = "/components/" + Pointers.escape(section.getKey());
            for (Map.Entry<String, JsonNode> entry : fields(section.getValue())) {
                String pointer = sectionPointer + "/" + Pointers.escape(entry.getKey());
                switch (section.getKey()) {
                    case "schemas" -> {
                        add(pointer, FactKind.SCHEMA, "present", pointer);
                        schema(pointer, entry.getValue(), pointer);
                    }
                    case "responses" -> response(pointer, entry.getValue());
                    case "parameters", "headers" -> parameter(pointer, entry.getValue());
                    case "requestBodies" -> requestBody(pointer, entry.getValue(), pointer);
                    default -> generic(pointer, entry.getValue(), FactKind.OTHER, pointer);
                }
            }
        }
    }

    /** States the facts of a schema that belongs to {@code element} (itself, when a component or property). */
    private void schema(String pointer, JsonNode raw, String element) {
        JsonNode schema = SchemaShapes.flatten(raw);
        for (Map.Entry<String, JsonNode> field : fields(schema)) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String at = pointer + "/" + Pointers.escape(key);
            switch (key) {
                case "properties" ->
                    fields(value).forEach(p -> {
                        String property = at + "/" + Pointers.escape(p.getKey());
                        add(property, FactKind.PROPERTY, "present", property);
                        schema(property, p.getValue(), property);
                    });
                case "required" -> {
                    if (value.isArray()) {
                        value.forEach(name -> add(
                                at + "/" + Pointers.escape(name.asText()),
                                FactKind.REQUIRED,
                                "true",
                                pointer + "/properties/" + Pointers.escape(name.asText())));
                    } else {
                        attribute(at, key, value, element);
                    }
                }
                case "items", "not", "additionalProperties" -> {
                    if (value.isObject()) {
                        schema(at, value, element);
                    } else {
                        add(at, FactKind.CONSTRAINT, value.asText(), element);
                    }
                }
                case "allOf", "oneOf", "anyOf" -> composition(at, value, element);
                case "enum" ->
                    value.forEach(v -> add(
                            at + "/" + Pointers.escape(v.asText()),
                            FactKind.ENUM_VALUE,
                            v.isNull() ? "null" : v.asText(),
                            element));
                default -> attribute(at, key, value, element);
            }
        }
    }

    private void composition(String pointer, JsonNode parts, String element) {
        int index = 0;
        for (JsonNode part : parts) {
            if (part.isTextual()) {
                add(pointer + "/" + Pointers.escape(part.asText()), FactKind.REFERENCE, part.asText(), element);
            } else if (SchemaShapes.isReferenceOnly(part)) {
                String ref = part.get("$ref").asText();
                add(pointer + "/" + Pointers.escape(ref), FactKind.REFERENCE, ref, element);
            } else {
                schema(pointer + "/" + index, part, element);
            }
            index++;
        }
    }

    /** One attribute of an element, classified by its key. */
    private void attribute(String pointer, String key, JsonNode value, String element) {
        if (NOT_FACTS.contains(key)) {
            return;
        }
        if (value.isBoolean() && !value.asBoolean() && FALSE_DEFAULTS.contains(key)) {
            return;
        }
        FactKind kind;
        if (DOCUMENTATION.contains(key)) {
            kind = FactKind.DESCRIPTION;
        } else if (key.startsWith("x-")) {
            kind = FactKind.EXTENSION;
        } else {
            kind = switch (key) {
                case "type" -> FactKind.TYPE;
                case "format" -> FactKind.FORMAT;
                case "nullable" -> FactKind.NULLABLE;
                case "required" -> FactKind.REQUIRED;
                case "$ref" -> FactKind.REFERENCE;
                case "deprecated" -> FactKind.DEPRECATION;
                default -> CONSTRAINTS.contains(key) ? FactKind.CONSTRAINT : FactKind.OTHER;
            };
        }
        if (kind == FactKind.OTHER && value.isArray() && allScalars(value)) {
            value.forEach(v -> add(pointer + "/" + Pointers.escape(v.asText()), kind, "true", element));
        } else if (kind == FactKind.OTHER && value.isObject()) {
            generic(pointer, value, kind, element);
        } else {
            add(pointer, kind, CanonicalJson.text(value), element);
        }
    }

    /** Facts of a subtree with no structure of its own: one fact per leaf, scalar arrays member by member. */
    private void generic(String pointer, JsonNode node, FactKind kind, String element) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : fields(node)) {
                String key = field.getKey();
                if (NOT_FACTS.contains(key)) {
                    continue;
                }
                FactKind fieldKind = key.startsWith("x-")
                        ? FactKind.EXTENSION
                        : DOCUMENTATION.contains(key) ? FactKind.DESCRIPTION : kind;
                generic(pointer + "/" + Pointers.escape(key), field.getValue(), fieldKind, element);
            }
        } else if (node.isArray() && allScalars(node) && kind != FactKind.EXTENSION) {
            node.forEach(v -> add(pointer + "/" + Pointers.escape(v.asText()), kind, "true", element));
        } else if (node.isArray() && kind != FactKind.EXTENSION) {
            int index = 0;
            for (JsonNode item : node) {
                String key = item.has("name")
                        ? item.get("name").asText()
                        : item.has("url") ? item.get("url").asText() : String.valueOf(index);
                generic(pointer + "/" + Pointers.escape(key), item, kind, element);
                index++;
            }
        } else {
            add(pointer, kind, CanonicalJson.text(node), element);
        }
    }

    private void add(String pointer, FactKind kind, String value, String element) {
        facts.put(pointer, new Fact(pointer, kind, value, element));
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        if (node.isObject()) {
            list.addAll(node.properties());
        }
        return list;
    }
}
