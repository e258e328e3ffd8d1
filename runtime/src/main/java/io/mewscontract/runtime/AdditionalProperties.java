package io.mewscontract.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Adds a property the spec does not declare (yet) to a generated record's builder: the builders'
 * {@code additionalProperty(name, value)}. The value is turned into JSON at once, with the client's wire rules
 * ({@link JsonMappers#client()}: ISO 8601 date-times, plain decimals), so the record holds exactly what is sent.
 */
public final class AdditionalProperties {
    private AdditionalProperties() {}

    private static final ObjectMapper JSON = JsonMappers.client();

    /** The wire names each record declares, looked up once per type. */
    private static final ClassValue<Set<String>> DECLARED = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return Set.of();
            }
            return java.util.Arrays.stream(components)
                    .map(component -> component.getAccessor().getAnnotation(JsonProperty.class))
                    .filter(Objects::nonNull)
                    .map(JsonProperty::value)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    /**
     * {@code current} with {@code name} set to {@code value} as JSON (last wins), in insertion order, unmodifiable.
     *
     * @param recordType the generated record the property is added to
     * @throws IllegalArgumentException if {@code name} is blank or a property {@code recordType} declares (set it
     *     with its own builder method), or {@code value} cannot be written as JSON
     */
    public static Map<String, JsonNode> with(
            Class<?> recordType, Map<String, JsonNode> current, String name, @Nullable Object value) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An additional property needs a name");
        }
        if (DECLARED.get(recordType).contains(name)) {
            throw new IllegalArgumentException(name + " is a declared property of " + recordType.getSimpleName()
                    + ": set it with its own builder method");
        }
        JsonNode json = value == null ? NullNode.getInstance()
                : value instanceof JsonNode node ? node : JSON.valueToTree(value);
        Map<String, JsonNode> all = new LinkedHashMap<>(current);
        all.put(name, json);
        return Collections.unmodifiableMap(all);
    }
}
