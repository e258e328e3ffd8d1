package io.mewscontract.connector.client.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mewscontract.runtime.JsonShapes;
import io.mewscontract.runtime.Required;
import io.mewscontract.runtime.Violation;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a success body that failed the strict read into the response type anyway, so that a gap between the spec
 * and the server never loses a response (docs/client-faults.md). Every value that cannot be read becomes
 * {@code null} and one {@link Violation} with its JSON path:
 * <ul>
 *   <li>a value of the wrong type or form ({@code "Id": 5}, {@code "CreatedUtc": "yesterday"}): {@code expected
 *       a UUID}, recorded by a Jackson problem handler where the parser stands;
 *   <li>a required property the body leaves out: {@code missing required property}, and a {@code null} where the
 *       spec allows none: {@code must not be null}, found afterwards by walking the body beside the record types
 *       (the generated records accept {@code null} for a required value only inside
 *       {@link Required#readLeniently}).
 * </ul>
 * Unknown enum values and union kinds need nothing here: the model keeps them in every mode.
 */
final class LenientReader {

    private static final String VIOLATIONS = LenientReader.class.getName() + ".violations";

    private final ObjectMapper mapper;

    /** @param strict the client's mapper, whose wire rules this one keeps */
    LenientReader(ObjectMapper strict) {
        this.mapper = ((JsonMapper) strict)
                .rebuild()
                // Missing required creator properties read as null (or 0) instead of failing the whole body.
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public @Nullable Boolean hasRequiredMarker(AnnotatedMember member) {
                        return Boolean.FALSE;
                    }
                })
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addHandler(new Recorder())
                .build();
    }

    /** A response read leniently, and where it broke the spec (never empty). */
    record Result<R>(R value, List<Violation> violations) {}

    /**
     * @return empty when not even a lenient read makes a value of the body (not JSON, not an object, or a fault
     *     no violation explains): the caller then keeps the raw body only
     */
    <R> Optional<Result<R>> read(byte[] body, Class<R> type) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
        if (tree == null || !tree.isObject()) {
            return Optional.empty();
        }
        List<Violation> violations = new ArrayList<>();
        @Nullable R value;
        try {
            value = Required.readLeniently(() ->
                    mapper.readerFor(type).withAttribute(VIOLATIONS, violations).readValue(tree));
        } catch (Exception unreadable) {
            return Optional.empty();
        }
        if (value == null) {
            return Optional.empty();
        }
        findGaps(tree, type, "$", violations);
        return violations.isEmpty() ? Optional.empty() : Optional.of(new Result<>(value, violations));
    }

    /** Required properties missing or null, walking the body beside the Java type it was read into. */
    private static void findGaps(JsonNode node, @Nullable Type type, String path, List<Violation> violations) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return;
        }
        if (raw.isRecord() && node.isObject()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                @Nullable JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                if (property == null) {
                    continue; // the unknown properties' map
                }
                String where = path + "." + property.value();
                @Nullable JsonNode child = node.get(property.value());
                boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
                if (child == null) {
                    if (property.required()) {
                        violations.add(new Violation(where, "missing required property"));
                    }
                } else if (child.isNull()) {
                    if (!nullable && !component.getType().isPrimitive() && property.required()) {
                        violations.add(new Violation(where, "must not be null"));
                    }
                } else {
                    findGaps(child, component.getGenericType(), where, violations);
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
            Type items = typeArgument(type, 0);
            for (int i = 0; i < node.size(); i++) {
                findGaps(node.get(i), items, path + "[" + i + "]", violations);
            }
        } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
            Type values = typeArgument(type, 1);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                findGaps(field.getValue(), values, path + "." + field.getKey(), violations);
            }
        }
    }

    private static @Nullable Class<?> rawClass(@Nullable Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static @Nullable Type typeArgument(@Nullable Type type, int index) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return null;
    }

    /** Where the parser stands, as a JSON path over wire names. */
    static String path(@Nullable JsonParser parser) {
        if (parser == null) {
            return "$";
        }
        List<String> segments = new ArrayList<>();
        for (@Nullable JsonStreamContext context = parser.getParsingContext();
                context != null;
                context = context.getParent()) {
            if (context.inObject() && context.hasCurrentName()) {
                segments.add(0, "." + context.getCurrentName());
            } else if (context.inArray() && context.hasCurrentIndex()) {
                segments.add(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        return "$" + String.join("", segments);
    }

    /** Turns each value that does not fit into {@code null} and a violation; leaves every other fault alone. */
    private static final class Recorder extends DeserializationProblemHandler {

        @Override
        public @Nullable Object handleWeirdStringValue(
                DeserializationContext context, Class<?> target, String value, String failure) {
            return record(context, target);
        }

        @Override
        public @Nullable Object handleWeirdNumberValue(
                DeserializationContext context, Class<?> target, Number value, String failure) {
            return record(context, target);
        }

        @Override
        public @Nullable Object handleWeirdNativeValue(
                DeserializationContext context, JavaType target, Object value, JsonParser parser) {
            return record(context, target.getRawClass());
        }

        @Override
        public @Nullable Object handleUnexpectedToken(
                DeserializationContext context, JavaType target, JsonToken token, JsonParser parser, String failure)
                throws IOException {
            @Nullable Object result = record(context, target.getRawClass());
            parser.skipChildren();
            return result;
        }

        @Override
        public @Nullable Object handleMissingInstantiator(
                DeserializationContext context,
                Class<?> target,
                ValueInstantiator instantiator,
                JsonParser parser,
                String failure)
                throws IOException {
            @Nullable Object result = record(context, target);
            parser.skipChildren();
            return result;
        }

        private static @Nullable Object record(DeserializationContext context, Class<?> target) {
            @SuppressWarnings("unchecked")
            @Nullable
            List<Violation> violations = (List<Violation>) context.getAttribute(VIOLATIONS);
            if (violations == null) {
                return NOT_HANDLED;
            }
            @Nullable String expected = JsonShapes.expected(target);
            violations.add(new Violation(
                    path(context.getParser()), expected == null ? "is not a valid value" : "expected " + expected));
            return null;
        }
    }
}
