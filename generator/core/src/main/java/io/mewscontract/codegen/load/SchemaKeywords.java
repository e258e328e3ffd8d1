package io.mewscontract.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the JSON types of schema keywords on the raw document. The parser silently drops a keyword whose
 * value has the wrong type ({@code maxLength: "ten"}), so the generated validators would just not check it:
 * here it is a located error instead.
 */
final class SchemaKeywords {
    private SchemaKeywords() {}

    private static final Set<String> NON_NEGATIVE_INTEGERS =
            Set.of("maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties");
    private static final Set<String> NUMBERS = Set.of("minimum", "maximum", "multipleOf");
    private static final Set<String> BOOLEAN_OR_NUMBER = Set.of("exclusiveMinimum", "exclusiveMaximum");
    private static final Set<String> BOOLEANS =
            Set.of("nullable", "deprecated", "readOnly", "writeOnly", "uniqueItems");
    private static final Set<String> STRINGS = Set.of("pattern", "format", "title", "description", "$ref");

    /** Keywords whose value is one schema. */
    private static final Set<String> SUBSCHEMA = Set.of(
            "items",
            "not",
            "additionalProperties",
            "contains",
            "if",
            "then",
            "else",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties");
    /** Keywords whose value is a list of schemas. */
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value maps names to schemas. */
    private static final Set<String> SUBSCHEMA_MAPS =
            Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

    /**
     * Keywords that change what a value is, which OpenAPI 3.0 parsers drop beside a {@code $ref} (only 3.1 lets a
     * reference have siblings): the spec would say them and the generated code would silently not do them.
     */
    private static final Set<String> DROPPED_BESIDE_REF_IN_30 = Set.of(
            "deprecated",
            "x-mews-replaced-by",
            "x-mews-max-interval",
            "maxLength",
            "minLength",
            "pattern",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "maxItems",
            "minItems",
            "uniqueItems",
            "enum",
            "type",
            "format");

    /** @throws LoadFailure at the first keyword of the wrong type */
    static void check(JsonNode document) {
        if (!document.path("openapi").asText().startsWith("3.1")) {
            refuseDroppedReferenceSiblings(document, Pointer.ROOT);
        }
        JsonNode schemas = document.path("components").path("schemas");
        forEachField(schemas, Pointer.ROOT.add("components").add("schemas"), SchemaKeywords::schema);
        findSchemaKeys(document.path("paths"), Pointer.ROOT.add("paths"));
        JsonNode components = document.path("components");
        for (String section : List.of("responses", "requestBodies", "parameters", "headers")) {
            findSchemaKeys(
                    components.path(section), Pointer.ROOT.add("components").add(section));
        }
    }

    /** Outside components/schemas, a schema sits under a {@code schema} key (media types, parameters, headers). */
    private static void findSchemaKeys(JsonNode node, Pointer at) {
        if (node.isObject()) {
            forEachField(node, at, (value, valueAt) -> {
                if (valueAt.value().endsWith("/example") || valueAt.value().endsWith("/examples")) {
                    return; // example values, not schemas
                }
                if (valueAt.value().endsWith("/schema") && value.isObject()) {
                    schema(value, valueAt);
                } else {
                    findSchemaKeys(value, valueAt);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findSchemaKeys(node.get(i), at.add(i));
            }
        }
    }

    private static void schema(JsonNode schema, Pointer at) {
        if (!schema.isObject()) {
            if (!schema.isBoolean()) {
                throw LoadFailure.invalid(at, "A schema must be an object, not " + describe(schema));
            }
            return;
        }
        if (schema.has("$ref") && schema.has("nullable")) {
            // Parsers drop every sibling of a $ref in OpenAPI 3.0, so the value would silently not be nullable.
            throw LoadFailure.invalid(
                    at.add("nullable"),
                    "nullable beside $ref is ignored: write allOf: [{$ref: ...}]"
                            + " with nullable: true beside it (OpenAPI 3.0), or anyOf: [{$ref: ...}, {type: 'null'}] (3.1)");
        }
        forEachField(schema, at, (value, keywordAt) -> {
            String keyword = keywordAt.value().substring(keywordAt.value().lastIndexOf('/') + 1);
            keyword(keyword, value, keywordAt);
        });
    }

    private static void refuseDroppedReferenceSiblings(JsonNode node, Pointer at) {
        if (node.isObject()) {
            if (node.path("$ref").isTextual() && !node.has("nullable")) { // nullable has its own message
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    String keyword = property.getKey();
                    if (DROPPED_BESIDE_REF_IN_30.contains(keyword)) {
                        throw LoadFailure.invalid(
                                at.add(keyword),
                                keyword + " beside $ref is ignored in OpenAPI 3.0:"
                                        + " write allOf: [{$ref: ...}] with " + keyword + " beside it");
                    }
                }
            }
            forEachField(node, at, (value, valueAt) -> {
                if (!valueAt.value().endsWith("/example") && !valueAt.value().endsWith("/examples")) {
                    refuseDroppedReferenceSiblings(value, valueAt);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseDroppedReferenceSiblings(node.get(i), at.add(i));
            }
        }
    }

    private static void keyword(String keyword, JsonNode value, Pointer at) {
        if (NON_NEGATIVE_INTEGERS.contains(keyword)) {
            if (!value.isIntegralNumber() || value.asLong() < 0 || !value.canConvertToInt()) {
                throw wrong(keyword, "a non-negative integer", value, at);
            }
        } else if (NUMBERS.contains(keyword)) {
            require(value.isNumber(), keyword, "a number", value, at);
        } else if (BOOLEAN_OR_NUMBER.contains(keyword)) {
            require(value.isBoolean() || value.isNumber(), keyword, "a boolean (3.0) or a number (3.1)", value, at);
        } else if (BOOLEANS.contains(keyword)) {
            require(value.isBoolean(), keyword, "true or false", value, at);
        } else if (STRINGS.contains(keyword)) {
            require(value.isTextual(), keyword, "a string", value, at);
        } else if (keyword.equals("required")) {
            require(value.isArray() && allText(value), keyword, "a list of property names", value, at);
        } else if (keyword.equals("enum")) {
            require(value.isArray(), keyword, "a list", value, at);
        } else if (keyword.equals("type")) {
            require(
                    value.isTextual() || (value.isArray() && allText(value)),
                    keyword,
                    "a type name or (3.1) a list of them",
                    value,
                    at);
        } else if (SUBSCHEMA.contains(keyword)) {
            if (!(keyword.equals("additionalProperties") && value.isBoolean())) {
                schema(value, at);
            }
        } else if (SUBSCHEMA_LISTS.contains(keyword)) {
            require(value.isArray(), keyword, "a list of schemas", value, at);
            for (int i = 0; i < value.size(); i++) {
                schema(value.get(i), at.add(i));
            }
        } else if (SUBSCHEMA_MAPS.contains(keyword)) {
            require(value.isObject(), keyword, "a map of schemas", value, at);
            forEachField(value, at, SchemaKeywords::schema);
        }
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static void require(boolean ok, String keyword, String expected, JsonNode value, Pointer at) {
        if (!ok) {
            throw wrong(keyword, expected, value, at);
        }
    }

    private static LoadFailure wrong(String keyword, String expected, JsonNode value, Pointer at) {
        return LoadFailure.invalid(at, keyword + " must be " + expected + ", not " + describe(value));
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private interface FieldVisitor {
        void visit(JsonNode value, Pointer at);
    }

    private static void forEachField(JsonNode node, Pointer at, FieldVisitor visitor) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            visitor.visit(field.getValue(), at.add(field.getKey()));
        }
    }
}
