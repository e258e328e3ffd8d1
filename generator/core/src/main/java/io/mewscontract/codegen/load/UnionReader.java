package io.mewscontract.codegen.load;

import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.ir.UnionType;
import io.mewscontract.codegen.load.SchemaReader.ObjectDraft;
import io.mewscontract.codegen.load.SchemaReader.Shape;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads discriminated unions, in the two forms the Connector API documents use (DESIGN.md, "Discriminated
 * unions"):
 *
 * <ul>
 *   <li>{@code oneOf} of object schemas + {@code discriminator} (+ {@code mapping}): the kind is a property of
 *       each variant object (OpenAPI's own form).
 *   <li>{@code x-mews-union: {discriminator: D, value: V, mapping: {Kind: $ref}}} on an object schema: the object
 *       is an envelope {@code {"D": "Kind", "V": {...}}} whose {@code V} has the kind's type; or, with
 *       {@code mapping: {Kind: {property: P, schema: $ref}}}, one property per kind. OpenAPI cannot say either.
 * </ul>
 */
@SuppressWarnings("rawtypes") // swagger-parser's model returns raw Schema lists and maps
final class UnionReader {

    static final String EXTENSION = "x-mews-union";

    private final SchemaReader schemas;
    private final Map<String, Schema<?>> all;

    UnionReader(SchemaReader schemas, Map<String, Schema<?>> all) {
        this.schemas = schemas;
        this.all = all;
    }

    /** Whether {@code schema} is an {@code x-mews-union} envelope. */
    static boolean isEnvelope(Schema<?> schema) {
        return schema.getExtensions() != null && schema.getExtensions().containsKey(EXTENSION);
    }

    UnionType read(String name, String javaName) {
        Schema<?> schema = Objects.requireNonNull(all.get(name));
        Pointer at = Pointer.schema(name);
        List<UnionType.Variant> variants = isEnvelope(schema) ? envelope(schema, at) : oneOf(schema, at);
        String discriminator = isEnvelope(schema)
                ? text(
                        ((Map<?, ?>) Objects.requireNonNull(
                                        schema.getExtensions().get(EXTENSION)))
                                .get("discriminator"),
                        at.add(EXTENSION),
                        "discriminator")
                : Objects.requireNonNull(schema.getDiscriminator()).getPropertyName();
        Set<String> kinds = new HashSet<>();
        for (UnionType.Variant variant : variants) {
            if (!kinds.add(variant.kind())) {
                throw LoadFailure.invalid(at, "The kind " + variant.kind() + " is mapped twice");
            }
        }
        return new UnionType(
                name,
                javaName,
                schema.getDescription(),
                Boolean.TRUE.equals(schema.getDeprecated()),
                Extensions.strings(schema.getExtensions(), Extensions.DOC_NAMES, at),
                discriminator,
                variants,
                at.value());
    }

    private List<UnionType.Variant> oneOf(Schema<?> schema, Pointer at) {
        Discriminator discriminator = schema.getDiscriminator();
        Pointer discriminatorAt = at.add("discriminator");
        if (discriminator.getPropertyName() == null) {
            throw LoadFailure.invalid(discriminatorAt, "A discriminator needs propertyName");
        }
        List<UnionType.Variant> variants = new ArrayList<>();
        Map<String, String> mapping = discriminator.getMapping();
        List<Schema> parts = schema.getOneOf();
        for (int i = 0; i < parts.size(); i++) {
            Pointer partAt = at.add("oneOf").add(i);
            if (parts.get(i).get$ref() == null) {
                throw LoadFailure.unsupported(partAt, "Each oneOf alternative must be a $ref to a named object schema");
            }
            String ref = parts.get(i).get$ref();
            String target = objectSchema(ref, partAt);
            String kind = target; // OpenAPI: without a mapping, the kind is the schema name
            if (mapping != null) {
                kind = mapping.entrySet().stream()
                        .filter(e -> e.getValue().equals(ref))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(target);
            }
            requireDiscriminatorProperty(target, discriminator.getPropertyName(), partAt);
            variants.add(new UnionType.Variant(kind, target, null));
        }
        if (mapping != null) {
            for (Map.Entry<String, String> entry : mapping.entrySet()) {
                if (variants.stream().noneMatch(v -> v.kind().equals(entry.getKey()))) {
                    throw LoadFailure.invalid(
                            discriminatorAt.add("mapping").add(entry.getKey()),
                            "The mapping names " + entry.getValue() + ", which is not one of the oneOf alternatives");
                }
            }
        }
        return variants;
    }

    private List<UnionType.Variant> envelope(Schema<?> schema, Pointer at) {
        Pointer extensionAt = at.add(EXTENSION);
        if (!(schema.getExtensions().get(EXTENSION) instanceof Map<?, ?> union)) {
            throw LoadFailure.invalid(extensionAt, EXTENSION + " must be a map {discriminator, value, mapping}");
        }
        Object sharedValue = union.get("value");
        if (!(union.get("mapping") instanceof Map<?, ?> mapping) || mapping.isEmpty()) {
            throw LoadFailure.invalid(
                    extensionAt, EXTENSION + " needs mapping: {Kind: $ref} (or {Kind: {property," + " schema}})");
        }
        List<UnionType.Variant> variants = new ArrayList<>();
        for (Map.Entry<?, ?> entry : mapping.entrySet()) {
            String kind = String.valueOf(entry.getKey());
            Pointer kindAt = extensionAt.add("mapping").add(kind);
            String property;
            String ref;
            if (entry.getValue() instanceof Map<?, ?> perKind) {
                property = text(perKind.get("property"), kindAt, "property");
                ref = text(perKind.get("schema"), kindAt, "schema");
            } else {
                property = text(sharedValue, extensionAt, "value");
                ref = text(entry.getValue(), kindAt, "a $ref");
            }
            variants.add(new UnionType.Variant(kind, objectSchema(ref, kindAt), property));
        }
        return variants;
    }

    private String objectSchema(String ref, Pointer at) {
        String target = schemas.referencedName(ref, at);
        if (schemas.shape(target) != Shape.OBJECT) {
            throw LoadFailure.unsupported(at, "A union's kinds must be object schemas; " + target + " is not");
        }
        return target;
    }

    private void requireDiscriminatorProperty(String variant, String discriminator, Pointer at) {
        ObjectDraft draft = schemas.object(variant);
        Property property = draft.properties().stream()
                .filter(p -> p.wireName().equals(discriminator))
                .findFirst()
                .orElseThrow(
                        () -> LoadFailure.invalid(at, variant + " must declare the discriminator " + discriminator));
        boolean text = property.type().equals(TypeRef.scalar(ScalarKind.STRING))
                || (property.type() instanceof TypeRef.Named named && schemas.shape(named.schemaName()) == Shape.ENUM);
        if (!property.required() || property.nullable() || !text) {
            throw LoadFailure.invalid(
                    new Pointer(property.pointer()),
                    "The discriminator " + discriminator + " must be a required, non-nullable string or enum");
        }
    }

    private static String text(@Nullable Object value, Pointer at, String what) {
        if (value instanceof String string) {
            return string;
        }
        throw LoadFailure.invalid(at, EXTENSION + " needs " + what + " as a string");
    }
}
