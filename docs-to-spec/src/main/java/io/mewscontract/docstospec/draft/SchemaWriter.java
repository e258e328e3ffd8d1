package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Writes drafted schemas and properties in the spec conventions of DESIGN.md. */
final class SchemaWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String REF_PREFIX = "#/components/schemas/";

    private SchemaWriter() {}

    static ObjectNode ref(String name) {
        return JSON.objectNode().put("$ref", REF_PREFIX + name);
    }

    static ObjectNode component(SchemaDraft s) {
        ObjectNode out = JSON.objectNode();
        switch (s.kind) {
            case ENUM -> {
                out.put("type", "string");
                nullableAndDescription(out, s.nullable, s.description);
                s.extensions.forEach(out::set);
                ArrayNode values = out.putArray("enum");
                ObjectNode descriptions = JSON.objectNode();
                s.values.values().forEach(v -> {
                    values.add(v.value);
                    if (!v.description.isEmpty()) {
                        descriptions.put(v.value, v.description);
                    }
                });
                if (!descriptions.isEmpty()) {
                    out.set("x-mews-enum-descriptions", descriptions);
                }
            }
            case MAP -> {
                out.put("type", "object");
                nullableAndDescription(out, s.nullable, s.description);
                s.extensions.forEach(out::set);
                out.set("additionalProperties", type(s.mapValues));
            }
            case SCALAR -> {
                out.put("type", "string");
                s.extensions.forEach(out::set);
                if (!s.description.isEmpty()) {
                    out.put("description", s.description);
                }
            }
            default -> {
                if (s.requestBody) {
                    if (!s.description.isEmpty()) {
                        out.put("description", s.description);
                    }
                    s.extensions.forEach(out::set);
                    ArrayNode allOf = out.putArray("allOf");
                    allOf.add(ref("ConnectorRequest"));
                    allOf.add(objectBody(s, JSON.objectNode().put("type", "object")));
                } else {
                    out.put("type", "object");
                    nullableAndDescription(out, s.nullable, s.description);
                    s.extensions.forEach(out::set);
                    objectBody(s, out);
                }
            }
        }
        return out;
    }

    private static ObjectNode objectBody(SchemaDraft s, ObjectNode out) {
        ArrayNode required = JSON.arrayNode();
        ObjectNode properties = JSON.objectNode();
        for (PropertyDraft p : s.properties.values()) {
            if (p.required) {
                required.add(p.name);
            }
            properties.set(p.name, property(p));
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        out.set("properties", properties);
        s.rules.forEach(out::set);
        return out;
    }

    static ObjectNode property(PropertyDraft p) {
        ObjectNode out;
        if (p.type instanceof TypeRef.Ref ref) {
            boolean plain = !p.nullable && p.description.isEmpty() && p.extensions.isEmpty() && !p.deprecated
                    || ref.target().kind == SchemaDraft.Kind.SCALAR && !p.nullable;
            if (plain) {
                return ref(ref.target().name);
            }
            out = JSON.objectNode();
            out.putArray("allOf").add(ref(ref.target().name));
            if (p.nullable) {
                out.put("nullable", true);
            }
        } else {
            out = type(p.type);
            if (p.nullable) {
                out.put("nullable", true);
            }
        }
        p.minLength.ifPresent(v -> out.put("minLength", v));
        p.maxLength.ifPresent(v -> out.put("maxLength", v));
        if (p.type instanceof TypeRef.ArrayOf) {
            p.minItems.ifPresent(v -> out.put("minItems", v));
            p.maxItems.ifPresent(v -> out.put("maxItems", v));
        }
        if (p.deprecated) {
            out.put("deprecated", true);
        }
        for (Map.Entry<String, JsonNode> e : p.extensions.entrySet()) {
            out.set(e.getKey(), e.getValue());
        }
        if (!p.description.isEmpty()) {
            out.put("description", p.description);
        }
        if (out.has("items")) {
            out.set("items", out.remove("items")); // items last, as in the curated spec
        }
        return out;
    }

    /** The schema of a type on its own (array items, map values, a plain property). */
    static ObjectNode type(TypeRef type) {
        if (type instanceof TypeRef.Ref ref) {
            return ref(ref.target().name);
        }
        if (type instanceof TypeRef.ArrayOf array) {
            ObjectNode out = JSON.objectNode().put("type", "array");
            out.set("items", type(array.items()));
            return out;
        }
        if (type instanceof TypeRef.MapOf map) {
            ObjectNode out = JSON.objectNode().put("type", "object");
            out.set("additionalProperties", type(map.values()));
            return out;
        }
        if (type instanceof TypeRef.Scalar s) {
            ObjectNode out = JSON.objectNode().put("type", s.type());
            if (!s.format().isEmpty()) {
                out.put("format", s.format());
            }
            return out;
        }
        if (type instanceof TypeRef.FreeObject) {
            return JSON.objectNode().put("type", "object");
        }
        return JSON.objectNode();
    }

    private static void nullableAndDescription(ObjectNode out, boolean nullable, String description) {
        if (nullable) {
            out.put("nullable", true);
        }
        if (!description.isEmpty()) {
            out.put("description", description);
        }
    }
}
