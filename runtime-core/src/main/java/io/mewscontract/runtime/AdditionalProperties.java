package io.mewscontract.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds a property the spec does not declare (yet) to a generated record's builder: the builders'
 * {@code additionalProperty(name, value)}, which turn the value into JSON with their Jackson binding's
 * {@code JsonMappers.toJson} (the client's wire rules) and keep it here, so the record holds exactly what is sent.
 */
public final class AdditionalProperties {
    private AdditionalProperties() {}

    /** The wire names each record declares, looked up once per type. */
    private static final ClassValue<Set<String>> DECLARED = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return Set.of();
            }
            return Arrays.stream(components)
                    .map(component -> component.getAccessor().getAnnotation(JsonProperty.class))
                    .filter(Objects::nonNull)
                    .map(JsonProperty::value)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    /**
     * {@code current} with {@code name} set to {@code json} (last wins), in insertion order, unmodifiable.
     *
     * @param recordType the generated record the property is added to
     * @param <N> the binding's JSON node type
     * @throws IllegalArgumentException if {@code name} is blank or a property {@code recordType} declares (set it
     *     with its own builder method)
     */
    public static <N> Map<String, N> with(Class<?> recordType, Map<String, N> current, String name, N json) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An additional property needs a name");
        }
        if (DECLARED.get(recordType).contains(name)) {
            throw new IllegalArgumentException(name + " is a declared property of " + recordType.getSimpleName()
                    + ": set it with its own builder method");
        }
        Map<String, N> all = new LinkedHashMap<>(current);
        all.put(name, json);
        return Collections.unmodifiableMap(all);
    }
}
