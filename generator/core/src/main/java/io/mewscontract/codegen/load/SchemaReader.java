package io.mewscontract.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mewscontract.codegen.ir.Constraint;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.ObjectConstraint;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.naming.JavaNames;
import io.mewscontract.codegen.naming.NameAllocator;
import io.swagger.v3.oas.models.media.Schema;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code components/schemas}: classifies each schema, flattens object schemas ({@code allOf}) into
 * property lists, resolves property types and constraints, and reads enums. Refuses what it cannot represent
 * faithfully, with the pointer of the construct.
 */
@SuppressWarnings("rawtypes") // swagger-parser's model returns raw Schema lists and maps
final class SchemaReader {

    /** What a named schema becomes. */
    enum Shape {
        /** A record. */
        OBJECT,
        /** An open enum class. */
        ENUM,
        /** A named scalar or list (e.g. {@code CurrencyCode}): inlined wherever it is referenced. */
        ALIAS,
        /** The {@code x-mews-common-request} schema. */
        COMMON,
        /** {@code oneOf} + {@code discriminator}: a sealed interface. */
        UNION
    }

    /** An object schema read into properties; flags that need the whole model are added later. */
    record ObjectDraft(
            String schemaName,
            @Nullable String description,
            boolean deprecated,
            List<String> docNames,
            List<Property> properties,
            List<ObjectConstraint> constraints,
            boolean operationRequest,
            Pointer pointer) {}

    /** Names a record component must not take: they clash with members every generated record has. */
    private static final Set<String> RESERVED_COMPONENT_NAMES = Set.of(
            "additionalProperties",
            "builder",
            "toBuilder",
            "hashCode",
            "equals",
            "toString",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    private static final ObjectMapper EXAMPLE_WRITER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Map<String, Schema<?>> schemas;
    private final @Nullable String commonSchemaName;
    private final Map<String, Shape> shapes = new LinkedHashMap<>();
    private final Map<String, ObjectDraft> objects = new HashMap<>();
    private final Set<String> objectsInProgress = new LinkedHashSet<>();
    private final Set<String> aliasesInProgress = new LinkedHashSet<>();
    private final Map<String, String> replacements = new LinkedHashMap<>();

    SchemaReader(Map<String, Schema<?>> schemas) {
        this.schemas = schemas;
        this.commonSchemaName = findCommonSchema();
        schemas.forEach((name, schema) -> shapes.put(name, classify(name, schema)));
        schemas.forEach((name, schema) -> {
            String replacedBy = replacedBy(schema, Pointer.schema(name));
            if (replacedBy != null) {
                replacements.put(Pointer.schema(name).value(), replacedBy);
            }
        });
    }

    /** Every named schema. */
    Map<String, Schema<?>> all() {
        return schemas;
    }

    /** Named schemas in spec order with their shapes. */
    Map<String, Shape> shapes() {
        return shapes;
    }

    String commonSchemaName() {
        if (commonSchemaName == null) {
            throw LoadFailure.invalid(
                    Pointer.ROOT.add("components").add("schemas"),
                    "No schema is marked " + Extensions.COMMON_REQUEST + ": true; mark the schema of the fields every"
                            + " request carries (ConnectorRequest), see DESIGN.md");
        }
        return commonSchemaName;
    }

    private @Nullable String findCommonSchema() {
        String found = null;
        for (Map.Entry<String, Schema<?>> entry : schemas.entrySet()) {
            Pointer at = Pointer.schema(entry.getKey());
            if (Extensions.flag(entry.getValue().getExtensions(), Extensions.COMMON_REQUEST, at)) {
                if (found != null) {
                    throw LoadFailure.invalid(
                            at.add(Extensions.COMMON_REQUEST),
                            "Both " + found + " and " + entry.getKey() + " are marked " + Extensions.COMMON_REQUEST
                                    + "; mark exactly one");
                }
                found = entry.getKey();
            }
        }
        return found;
    }

    private Shape classify(String name, Schema<?> schema) {
        Pointer at = Pointer.schema(name);
        if (name.equals(commonSchemaName)) {
            return Shape.COMMON;
        }
        if (schema.getOneOf() != null && schema.getDiscriminator() != null || UnionReader.isEnvelope(schema)) {
            return Shape.UNION;
        }
        if (nullableReference(schema) == null) {
            rejectCompositions(schema, at);
        }
        if (schema.getEnum() != null) {
            return Shape.ENUM;
        }
        if (Extensions.flag(schema.getExtensions(), Extensions.UPDATE_VALUE, at)) {
            return Shape.ALIAS; // an update value: inlined as Update<T> wherever it is used
        }
        if (schema.getAllOf() != null || schema.getProperties() != null) {
            return Shape.OBJECT;
        }
        if ("object".equals(type(schema)) && !(schema.getAdditionalProperties() instanceof Schema<?>)) {
            return Shape.OBJECT; // an empty object ({}): a record with no declared properties
        }
        return Shape.ALIAS;
    }

    /** oneOf, anyOf and not have no faithful record representation here. */
    private static void rejectCompositions(Schema<?> schema, Pointer at) {
        if (schema.getOneOf() != null) {
            String why = schema.getDiscriminator() == null
                    ? "oneOf without a discriminator is not supported: a value's type could only be guessed"
                    : "oneOf is not supported, not even with a discriminator (no Connector API operation needs it)";
            throw LoadFailure.unsupported(
                    at.add("oneOf"),
                    why + "; model the alternatives as one object with"
                            + " optional properties, or as separate operations");
        }
        if (schema.getAnyOf() != null) {
            throw LoadFailure.unsupported(
                    at.add("anyOf"),
                    "anyOf is not supported: a value may match several"
                            + " alternatives at once, which no record can hold; use one object with optional properties");
        }
        if (schema.getNot() != null) {
            throw LoadFailure.unsupported(at.add("not"), "not is not supported: it cannot be turned into a type");
        }
    }

    // ---- objects ---------------------------------------------------------------------------------------------

    /** The object schema {@code name}, read once (memoized). */
    ObjectDraft object(String name) {
        ObjectDraft done = objects.get(name);
        if (done != null) {
            return done;
        }
        if (!objectsInProgress.add(name)) {
            throw LoadFailure.unsupported(
                    Pointer.schema(name),
                    "The schema " + name + " refers to itself through " + Extensions.MAX_INTERVAL
                            + "; an interval type cannot contain its own interval");
        }
        ObjectDraft draft = readObject(name);
        objectsInProgress.remove(name);
        objects.put(name, draft);
        return draft;
    }

    /** One declared property before name allocation and type resolution. */
    private record RawProperty(String wireName, Schema<?> schema, Pointer pointer) {}

    private ObjectDraft readObject(String name) {
        Schema<?> schema = Objects.requireNonNull(schemas.get(name));
        Pointer at = Pointer.schema(name);
        Map<String, RawProperty> raw = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        boolean operationRequest = collect(schema, at, raw, required, new LinkedHashSet<>(List.of(name)));
        for (String requiredName : required) {
            if (!raw.containsKey(requiredName)) {
                throw LoadFailure.invalid(
                        at, "required lists " + requiredName + ", which " + name + " does not declare");
            }
        }
        NameAllocator names = NameAllocator.ignoringCase(RESERVED_COMPONENT_NAMES);
        List<Property> properties = new ArrayList<>();
        for (RawProperty property : raw.values()) {
            properties.add(property(property, required.contains(property.wireName()), names));
        }
        return new ObjectDraft(
                name,
                schema.getDescription(),
                Boolean.TRUE.equals(schema.getDeprecated()),
                Extensions.strings(schema.getExtensions(), Extensions.DOC_NAMES, at),
                properties,
                objectConstraints(schema, at, properties),
                operationRequest,
                at);
    }

    /**
     * Gathers the properties of an object schema and of its {@code allOf} parts, in order. Returns whether a
     * part is the common request schema (whose properties are left out: they travel as common fields).
     */
    private boolean collect(
            Schema<?> schema, Pointer at, Map<String, RawProperty> raw, Set<String> required, Set<String> visiting) {
        rejectCompositions(schema, at);
        if (schema.getAdditionalProperties() instanceof Schema<?>) {
            throw LoadFailure.unsupported(
                    at.add("additionalProperties"),
                    "additionalProperties with a schema" + " (a map) is not supported; declare the properties");
        }
        boolean operationRequest = false;
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                Schema<?> part = schema.getAllOf().get(i);
                Pointer partAt = at.add("allOf").add(i);
                if (part.get$ref() != null) {
                    String target = referencedName(part.get$ref(), partAt);
                    Shape shape = shapes.get(target);
                    if (shape == Shape.COMMON) {
                        operationRequest = true;
                    } else if (shape == Shape.OBJECT) {
                        if (!visiting.add(target)) {
                            throw LoadFailure.invalid(
                                    partAt, "allOf includes " + target + ", which includes this" + " schema again");
                        }
                        operationRequest |= collect(
                                Objects.requireNonNull(schemas.get(target)),
                                Pointer.schema(target),
                                raw,
                                required,
                                visiting);
                        visiting.remove(target);
                    } else {
                        throw LoadFailure.unsupported(
                                partAt, "allOf may only combine object schemas; " + target + " is not an object");
                    }
                } else {
                    operationRequest |= collect(part, partAt, raw, required, visiting);
                }
            }
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
                Pointer propertyAt = at.add("properties").add(entry.getKey());
                RawProperty previous =
                        raw.putIfAbsent(entry.getKey(), new RawProperty(entry.getKey(), entry.getValue(), propertyAt));
                if (previous != null) {
                    throw LoadFailure.invalid(
                            propertyAt,
                            "The property " + entry.getKey() + " is also declared at " + previous.pointer()
                                    + "; an object can declare a property once");
                }
            }
        }
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        return operationRequest;
    }

    private Property property(RawProperty raw, boolean required, NameAllocator names) {
        Resolved resolved = resolve(raw.schema(), raw.pointer());
        if (resolved.replacedBy() != null) {
            replacements.put(raw.pointer().value(), resolved.replacedBy());
        }
        return new Property(
                raw.wireName(),
                claim(names, JavaNames.memberName(raw.wireName()), raw.pointer()),
                resolved.type(),
                // A deprecated property is on its way out: reading must not fail the day Mews stops sending it,
                // even when the spec still lists it as required (DESIGN.md, "Deprecation").
                required && !resolved.deprecated() && !(resolved.type() instanceof TypeRef.UpdateOf),
                resolved.nullable(),
                resolved.deprecated(),
                resolved.secret(),
                Extensions.flag(raw.schema().getExtensions(), Extensions.PORTFOLIO_REQUIRED, raw.pointer()),
                resolved.constraints(),
                resolved.description(),
                resolved.examples(),
                raw.pointer().value());
    }

    private List<ObjectConstraint> objectConstraints(Schema<?> schema, Pointer at, List<Property> properties) {
        List<ObjectConstraint> constraints = new ArrayList<>();
        constraints.addAll(ownObjectConstraints(schema, at, properties));
        if (schema.getAllOf() != null) {
            // An operation request writes its rules beside its own properties, in its inline allOf part.
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                Schema<?> part = schema.getAllOf().get(i);
                if (part.get$ref() == null) {
                    constraints.addAll(
                            ownObjectConstraints(part, at.add("allOf").add(i), properties));
                }
            }
        }
        return constraints;
    }

    private static List<ObjectConstraint> ownObjectConstraints(
            Schema<?> schema, Pointer at, List<Property> properties) {
        List<ObjectConstraint> constraints = new ArrayList<>();
        List<Property> together = members(schema, at, properties, Extensions.REQUIRED_TOGETHER);
        if (!together.isEmpty()) {
            constraints.add(new ObjectConstraint.RequiredTogether(together));
        }
        List<Property> atLeastOne = members(schema, at, properties, Extensions.AT_LEAST_ONE_OF);
        if (!atLeastOne.isEmpty()) {
            constraints.add(new ObjectConstraint.AtLeastOneOf(atLeastOne));
        }
        List<Property> atMostOne = members(schema, at, properties, Extensions.AT_MOST_ONE_OF);
        if (!atMostOne.isEmpty()) {
            constraints.add(new ObjectConstraint.AtMostOneOf(atMostOne));
        }
        return constraints;
    }

    /** The properties a cross-property rule names; each must be declared and optional (else the rule is moot). */
    private static List<Property> members(Schema<?> schema, Pointer at, List<Property> properties, String extension) {
        List<Property> members = new ArrayList<>();
        List<String> names = Extensions.strings(schema.getExtensions(), extension, at);
        for (int i = 0; i < names.size(); i++) {
            String wireName = names.get(i);
            Pointer memberAt = at.add(extension).add(i);
            Property member = properties.stream()
                    .filter(p -> p.wireName().equals(wireName))
                    .findFirst()
                    .orElseThrow(() -> LoadFailure.invalid(
                            memberAt, extension + " names " + wireName + ", which the schema does not declare"));
            if (!member.javaNullable() && !extension.equals(Extensions.REQUIRED_TOGETHER)) {
                throw LoadFailure.invalid(
                        memberAt,
                        extension + " names " + wireName + ", which is required and"
                                + " never null: the rule could never fail; make it optional or drop it from the rule");
            }
            members.add(member);
        }
        if (names.size() == 1) {
            throw LoadFailure.invalid(at.add(extension), extension + " needs at least two properties");
        }
        return members;
    }

    // ---- property types ----------------------------------------------------------------------------------------

    /** A property schema resolved into a type plus everything the schema says about the value. */
    record Resolved(
            TypeRef type,
            boolean nullable,
            boolean deprecated,
            boolean secret,
            List<Constraint> constraints,
            @Nullable String description,
            List<String> examples,
            @Nullable String replacedBy) {}

    Resolved resolve(Schema<?> schema, Pointer at) {
        Schema<?> nullableTarget = nullableReference(schema);
        if (nullableTarget != null) {
            // OpenAPI 3.1: anyOf/oneOf [{$ref: X}, {type: 'null'}] is a nullable X.
            Resolved inner = resolve(nullableTarget, at.add(schema.getAnyOf() != null ? "anyOf" : "oneOf"));
            return new Resolved(
                    inner.type(),
                    true,
                    inner.deprecated() || Boolean.TRUE.equals(schema.getDeprecated()),
                    inner.secret(),
                    inner.constraints(),
                    schema.getDescription() != null ? schema.getDescription() : inner.description(),
                    inner.examples(),
                    inner.replacedBy());
        }
        rejectCompositions(schema, at);
        Resolved resolved;
        if (schema.get$ref() != null) {
            resolved = resolveReference(schema.get$ref(), at);
            if (schema.getSpecVersion() == io.swagger.v3.oas.models.SpecVersion.V31) {
                // 3.1 lets a $ref have siblings (3.0 parsers drop them; SchemaKeywords refuses the ones that matter).
                resolved = refined(resolved, schema, at);
            }
        } else if (schema.getAllOf() != null) {
            resolved = resolveWrapper(schema, at);
        } else {
            resolved = resolveInline(schema, at);
        }
        return withMaxInterval(resolved, schema, at);
    }

    private Resolved resolveReference(String ref, Pointer at) {
        String name = referencedName(ref, at);
        Schema<?> target = Objects.requireNonNull(schemas.get(name));
        Shape shape = Objects.requireNonNull(shapes.get(name));
        return switch (shape) {
            case COMMON ->
                throw LoadFailure.unsupported(
                        at,
                        name + " (" + Extensions.COMMON_REQUEST + ") holds the"
                                + " fields every request carries; use it only as the first allOf part of an operation request");
            case OBJECT, ENUM, UNION ->
                new Resolved(
                        new TypeRef.Named(name),
                        nullableFlag(target),
                        Boolean.TRUE.equals(target.getDeprecated()),
                        false,
                        List.of(),
                        target.getDescription(),
                        List.of(),
                        null);
            case ALIAS -> resolveAlias(name, target, at);
        };
    }

    /** A named scalar or list, inlined; one that reaches itself again would be an infinite type. */
    private Resolved resolveAlias(String name, Schema<?> target, Pointer at) {
        if (!aliasesInProgress.add(name)) {
            List<String> chain = new ArrayList<>(aliasesInProgress);
            chain = chain.subList(chain.indexOf(name), chain.size());
            throw LoadFailure.invalid(
                    at.add("$ref"),
                    "A reference cycle: " + String.join(" -> ", chain) + " -> " + name
                            + "; a value cannot contain itself without an object schema in between");
        }
        try {
            return resolve(target, Pointer.schema(name));
        } finally {
            aliasesInProgress.remove(name);
        }
    }

    /** {@code allOf: [$ref]} with siblings ({@code nullable}, {@code description}, extensions): the reference, refined. */
    private Resolved resolveWrapper(Schema<?> schema, Pointer at) {
        List<Schema> parts = schema.getAllOf();
        if (parts.size() != 1 || parts.get(0).get$ref() == null || schema.getProperties() != null) {
            throw LoadFailure.unsupported(
                    at.add("allOf"),
                    "An inline allOf defines an anonymous object that needs"
                            + " a name; declare it under components/schemas and $ref it (allOf with a single $ref is fine)");
        }
        return refined(resolve(parts.get(0), at.add("allOf").add(0)), schema, at);
    }

    /** {@code inner} with what {@code schema} says beside the reference: nullable, deprecated, docs, constraints. */
    private Resolved refined(Resolved inner, Schema<?> schema, Pointer at) {
        List<Constraint> constraints = new ArrayList<>(inner.constraints());
        constraints.addAll(ownConstraints(schema, inner.type(), at));
        return new Resolved(
                inner.type(),
                inner.nullable() || nullableFlag(schema),
                inner.deprecated() || Boolean.TRUE.equals(schema.getDeprecated()),
                inner.secret(),
                constraints,
                schema.getDescription() != null ? schema.getDescription() : inner.description(),
                examples(schema).isEmpty() ? inner.examples() : examples(schema),
                replacedBy(schema, at) != null ? replacedBy(schema, at) : inner.replacedBy());
    }

    private Resolved resolveInline(Schema<?> schema, Pointer at) {
        if (schema.getEnum() != null) {
            throw LoadFailure.unsupported(
                    at.add("enum"),
                    "An inline enum needs a name; declare it under" + " components/schemas with " + Extensions.OPEN_ENUM
                            + ": true and $ref it");
        }
        String type = type(schema);
        String format = schema.getFormat();
        boolean secret = false;
        TypeRef resolved;
        if (type == null || type.equals("object")) {
            boolean update = Extensions.flag(schema.getExtensions(), Extensions.UPDATE_VALUE, at);
            if (!update
                    && schema.getProperties() != null
                    && !schema.getProperties().isEmpty()) {
                throw LoadFailure.unsupported(
                        at.add("properties"),
                        "An anonymous inline object needs a name;"
                                + " declare it under components/schemas and $ref it");
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                Resolved value = resolve(values, at.add("additionalProperties"));
                resolved = new TypeRef.MapOf(value.type(), value.nullable(), value.constraints());
            } else if (update) {
                resolved = updateValue(schema, at);
            } else {
                resolved = TypeRef.scalar(ScalarKind.JSON); // a free-form object: any JSON, kept as a tree
            }
        } else {
            switch (type) {
                case "string" -> {
                    secret = "password".equals(format);
                    resolved = TypeRef.scalar(
                            format == null
                                    ? ScalarKind.STRING
                                    : switch (format) {
                                        case "uuid" -> ScalarKind.UUID;
                                        case "date-time" -> ScalarKind.DATE_TIME;
                                        case "date" -> ScalarKind.DATE;
                                        case "hybrid-id" -> ScalarKind.HYBRID_ID;
                                        default -> ScalarKind.STRING;
                                    });
                }
                case "number" ->
                    resolved = TypeRef.scalar(
                            format == null
                                    ? ScalarKind.DECIMAL
                                    : switch (format) {
                                        case "double" -> ScalarKind.DOUBLE;
                                        case "float" -> ScalarKind.FLOAT;
                                        // decimal, and formats we do not know: exact is the safe reading.
                                        default -> ScalarKind.DECIMAL;
                                    });
                case "integer" ->
                    resolved = TypeRef.scalar("int64".equals(format) ? ScalarKind.INT64 : ScalarKind.INT32);
                case "boolean" -> resolved = TypeRef.scalar(ScalarKind.BOOLEAN);
                case "array" -> {
                    if (schema.getItems() == null) {
                        throw LoadFailure.invalid(at, "An array needs items");
                    }
                    Resolved items = resolve(schema.getItems(), at.add("items"));
                    resolved = new TypeRef.ListOf(items.type(), items.nullable(), items.constraints());
                }
                default ->
                    throw LoadFailure.invalid(
                            at.add("type"),
                            "Unknown type '" + type + "'; use string," + " number, integer, boolean, array or object");
            }
        }
        return new Resolved(
                resolved,
                nullableFlag(schema),
                Boolean.TRUE.equals(schema.getDeprecated()),
                secret,
                ownConstraints(schema, resolved, at),
                schema.getDescription(),
                examples(schema),
                replacedBy(schema, at));
    }

    /** The constraint keywords of one schema, checked against the type they apply to. */
    private static List<Constraint> ownConstraints(Schema<?> schema, TypeRef type, Pointer at) {
        List<Constraint> constraints = new ArrayList<>();
        boolean string = type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.STRING;
        boolean number = type instanceof TypeRef.Scalar scalar
                && switch (scalar.kind()) {
                    case DECIMAL, INT32, INT64, FLOAT, DOUBLE -> true;
                    default -> false;
                };
        boolean list = type instanceof TypeRef.ListOf;
        if (schema.getMinLength() != null) {
            constraints.add(
                    new Constraint.MinLength(require(string, schema.getMinLength(), at, "minLength", "strings")));
        }
        if (schema.getMaxLength() != null) {
            constraints.add(
                    new Constraint.MaxLength(require(string, schema.getMaxLength(), at, "maxLength", "strings")));
        }
        if (schema.getPattern() != null) {
            require(string, 0, at, "pattern", "strings");
            try {
                java.util.regex.Pattern.compile(schema.getPattern());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw LoadFailure.invalid(at.add("pattern"), "Not a valid regular expression: " + e.getDescription());
            }
            constraints.add(new Constraint.Pattern(schema.getPattern()));
        }
        if (schema.getMinItems() != null) {
            constraints.add(new Constraint.MinItems(require(list, schema.getMinItems(), at, "minItems", "arrays")));
        }
        if (schema.getMaxItems() != null) {
            constraints.add(new Constraint.MaxItems(require(list, schema.getMaxItems(), at, "maxItems", "arrays")));
        }
        if (schema.getMinimum() != null) {
            require(number, 0, at, "minimum", "numbers");
            constraints.add(
                    new Constraint.Minimum(schema.getMinimum(), Boolean.TRUE.equals(schema.getExclusiveMinimum())));
        } else if (schema.getExclusiveMinimumValue() != null) {
            require(number, 0, at, "exclusiveMinimum", "numbers");
            constraints.add(new Constraint.Minimum(schema.getExclusiveMinimumValue(), true));
        }
        if (schema.getMaximum() != null) {
            require(number, 0, at, "maximum", "numbers");
            constraints.add(
                    new Constraint.Maximum(schema.getMaximum(), Boolean.TRUE.equals(schema.getExclusiveMaximum())));
        } else if (schema.getExclusiveMaximumValue() != null) {
            require(number, 0, at, "exclusiveMaximum", "numbers");
            constraints.add(new Constraint.Maximum(schema.getExclusiveMaximumValue(), true));
        }
        return constraints;
    }

    private static int require(boolean applies, int value, Pointer at, String keyword, String appliesTo) {
        if (!applies) {
            throw LoadFailure.invalid(at.add(keyword), keyword + " applies to " + appliesTo + " only");
        }
        return value;
    }

    /** {@code x-mews-max-interval: P3M} on a property whose type has {@code StartUtc} and {@code EndUtc}. */
    private Resolved withMaxInterval(Resolved resolved, Schema<?> schema, Pointer at) {
        String period = Extensions.string(schema.getExtensions(), Extensions.MAX_INTERVAL, at);
        if (period == null) {
            return resolved;
        }
        Pointer extensionAt = at.add(Extensions.MAX_INTERVAL);
        try {
            Period.parse(period);
        } catch (DateTimeException notAPeriod) {
            try {
                Duration.parse(period);
            } catch (DateTimeException notADuration) {
                throw LoadFailure.invalid(
                        extensionAt,
                        "'" + period + "' is not an ISO 8601 period or duration" + " (e.g. P3M, P31D, PT12H)");
            }
        }
        if (!(resolved.type() instanceof TypeRef.Named named) || shapes.get(named.schemaName()) != Shape.OBJECT) {
            throw LoadFailure.unsupported(
                    extensionAt,
                    Extensions.MAX_INTERVAL + " applies to properties of an"
                            + " interval object type (StartUtc, EndUtc); write the type as allOf: [$ref] beside it");
        }
        ObjectDraft interval = object(named.schemaName());
        boolean dates =
                interval.properties().stream().anyMatch(p -> p.wireName().equals("Start"));
        if (dates && !period.startsWith("P") || dates && period.contains("T")) {
            throw LoadFailure.invalid(
                    extensionAt,
                    "An interval of dates is limited by a period of days, months" + " or years (P31D, P3M), not "
                            + period);
        }
        Property start = intervalEnd(interval, dates ? "Start" : "StartUtc", dates, extensionAt);
        Property end = intervalEnd(interval, dates ? "End" : "EndUtc", dates, extensionAt);
        List<Constraint> constraints = new ArrayList<>(resolved.constraints());
        constraints.add(new Constraint.MaxInterval(period, start, end));
        return new Resolved(
                resolved.type(),
                resolved.nullable(),
                resolved.deprecated(),
                resolved.secret(),
                constraints,
                resolved.description(),
                resolved.examples(),
                resolved.replacedBy());
    }

    /** An end of an interval: StartUtc/EndUtc date-times, or Start/End dates. */
    private static Property intervalEnd(ObjectDraft interval, String wireName, boolean dates, Pointer at) {
        ScalarKind kind = dates ? ScalarKind.DATE : ScalarKind.DATE_TIME;
        return interval.properties().stream()
                .filter(p -> p.wireName().equals(wireName)
                        && p.required()
                        && !p.nullable()
                        && p.type().equals(TypeRef.scalar(kind)))
                .findFirst()
                .orElseThrow(() -> LoadFailure.unsupported(
                        at,
                        Extensions.MAX_INTERVAL + " needs " + interval.schemaName()
                                + " to have a required, non-nullable " + (dates ? "date" : "date-time") + " property "
                                + wireName + " (intervals are StartUtc/EndUtc date-times or Start/End dates)"));
    }

    // ---- enums -----------------------------------------------------------------------------------------------

    /** The enum schema {@code name}, with its Java constant names allocated. */
    EnumType enumType(String name, String javaName) {
        Schema<?> schema = Objects.requireNonNull(schemas.get(name));
        Pointer at = Pointer.schema(name);
        if (!"string".equals(type(schema))) {
            throw LoadFailure.unsupported(at.add("enum"), "Only string enums are supported, not " + type(schema));
        }
        if (Extensions.get(schema.getExtensions(), Extensions.OPEN_ENUM) != null
                && !Extensions.flag(schema.getExtensions(), Extensions.OPEN_ENUM, at)) {
            throw LoadFailure.unsupported(
                    at.add(Extensions.OPEN_ENUM),
                    "Closed enums are not supported: Mews adds" + " values over time, so every enum is generated open ("
                            + Extensions.OPEN_ENUM + ": true)");
        }
        Map<String, String> descriptions =
                Extensions.stringMap(schema.getExtensions(), Extensions.ENUM_DESCRIPTIONS, at);
        NameAllocator constants = NameAllocator.ignoringCase(Set.of(EnumType.UNKNOWN_CONSTANT));
        List<EnumType.EnumValue> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<?> listed = schema.getEnum();
        for (int index = 0; index < listed.size(); index++) {
            Object value = listed.get(index);
            if (value == null) {
                continue; // a nullable enum lists null; null is not a value of the type
            }
            String wire = value.toString();
            if (!seen.add(wire)) {
                throw LoadFailure.invalid(at.add("enum"), "The value " + wire + " is listed twice");
            }
            String constant = JavaNames.constantName(wire);
            if (constant.equals(EnumType.UNKNOWN_CONSTANT)) {
                constant = constant + "_VALUE";
            }
            values.add(new EnumType.EnumValue(
                    wire,
                    claim(constants, constant, at.add("enum").add(index)),
                    descriptions == null ? null : descriptions.get(wire)));
        }
        if (descriptions != null) {
            for (String described : descriptions.keySet()) {
                if (!seen.contains(described)) {
                    throw LoadFailure.invalid(
                            at.add(Extensions.ENUM_DESCRIPTIONS).add(described),
                            "Describes " + described + ", which the enum does not list");
                }
            }
        }
        return new EnumType(
                name,
                javaName,
                schema.getDescription(),
                Boolean.TRUE.equals(schema.getDeprecated()),
                Extensions.strings(schema.getExtensions(), Extensions.DOC_NAMES, at),
                values,
                at.value());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** What replaces deprecated elements, by pointer ({@code x-mews-replaced-by}), as read so far. */
    Map<String, String> replacements() {
        return replacements;
    }

    @Nullable
    String replacedBy(Schema<?> schema, Pointer at) {
        return Extensions.string(schema.getExtensions(), Extensions.REPLACED_BY, at);
    }

    /**
     * {@code x-mews-update-value: true} on an object with one property {@code Value}: an update of that value
     * ({@code {"Value": x}}); the {@code Value} property must be nullable, since {@code null} clears.
     */
    private TypeRef updateValue(Schema<?> schema, Pointer at) {
        Map<String, Schema> properties = schema.getProperties();
        Schema<?> value = properties == null ? null : properties.get("Value");
        if (value == null || properties.size() != 1) {
            throw LoadFailure.invalid(
                    at.add(Extensions.UPDATE_VALUE),
                    Extensions.UPDATE_VALUE + " needs exactly one" + " property, Value");
        }
        Resolved resolved = resolve(value, at.add("properties").add("Value"));
        if (!resolved.nullable()) {
            throw LoadFailure.invalid(
                    at.add("properties").add("Value"),
                    "The Value of an update must be nullable:" + " {\"Value\": null} clears it");
        }
        return new TypeRef.UpdateOf(resolved.type(), resolved.constraints());
    }

    /**
     * The referenced schema of OpenAPI 3.1's nullable reference, {@code anyOf} or {@code oneOf} of a {@code $ref}
     * and {@code {type: 'null'}}; null for anything else.
     */
    static @Nullable Schema<?> nullableReference(Schema<?> schema) {
        List<Schema> parts = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        if (parts == null || parts.size() != 2 || schema.getDiscriminator() != null) {
            return null;
        }
        Schema<?> reference = null;
        boolean nullType = false;
        for (Schema<?> part : parts) {
            if (part.get$ref() != null) {
                reference = part;
            } else if ("null".equals(part.getType())
                    || (part.getTypes() != null && part.getTypes().equals(java.util.Set.of("null")))) {
                nullType = true;
            }
        }
        return nullType ? reference : null;
    }

    /** {@code candidate} for the spec element at {@code at}; a clash with another one is a located error. */
    static String claim(NameAllocator names, String candidate, Pointer at) {
        try {
            return names.claim(candidate, at.value());
        } catch (NameAllocator.NameClash clash) {
            throw LoadFailure.invalid(
                    at,
                    "This and " + clash.first() + " would both be named " + clash.javaName()
                            + " in Java (compared ignoring case, as Mews reads names and file systems compare them);"
                            + " rename one");
        }
    }

    /** {@code #/components/schemas/Name} → {@code Name}; anything else is refused. */
    String referencedName(String ref, Pointer at) {
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix)) {
            throw LoadFailure.unsupported(
                    at.add("$ref"), "Only references to #/components/schemas/... are" + " supported, not " + ref);
        }
        String name = ref.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
        if (!schemas.containsKey(name)) {
            throw LoadFailure.invalid(at.add("$ref"), "The reference " + ref + " names no schema");
        }
        return name;
    }

    Shape shape(String name) {
        return Objects.requireNonNull(shapes.get(name), name);
    }

    static @Nullable String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            List<String> types =
                    schema.getTypes().stream().filter(t -> !t.equals("null")).toList();
            return types.size() == 1 ? types.get(0) : null;
        }
        return null;
    }

    static boolean nullableFlag(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable())
                || (schema.getTypes() != null && schema.getTypes().contains("null"));
    }

    private static List<String> examples(Schema<?> schema) {
        List<String> examples = new ArrayList<>();
        if (schema.getExample() != null) {
            examples.add(json(schema.getExample()));
        }
        if (schema.getExamples() != null) {
            for (Object example : schema.getExamples()) {
                examples.add(json(example));
            }
        }
        return examples;
    }

    private static String json(Object example) {
        try {
            return EXAMPLE_WRITER.writeValueAsString(example);
        } catch (JsonProcessingException e) {
            return String.valueOf(example);
        }
    }
}
