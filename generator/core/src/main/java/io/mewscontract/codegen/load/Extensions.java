package io.mewscontract.codegen.load;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Typed reads of the {@code x-mews-*} vendor extensions (DESIGN.md), failing with a pointer on a wrong shape. */
final class Extensions {
    private Extensions() {}

    static final String OPEN_ENUM = "x-mews-open-enum";
    static final String COMMON_REQUEST = "x-mews-common-request";
    static final String REQUIRED_TOGETHER = "x-mews-required-together";
    static final String MAX_INTERVAL = "x-mews-max-interval";
    static final String PORTFOLIO_REQUIRED = "x-mews-portfolio-required";
    static final String KIND = "x-mews-kind";
    static final String PAGINATION = "x-mews-pagination";
    static final String BATCH = "x-mews-batch";
    static final String DOC_NAMES = "x-mews-doc-names";
    static final String ENUM_DESCRIPTIONS = "x-mews-enum-descriptions";
    static final String REPLACED_BY = "x-mews-replaced-by";
    static final String UPDATE_VALUE = "x-mews-update-value";
    static final String AT_LEAST_ONE_OF = "x-mews-at-least-one-of";
    static final String AT_MOST_ONE_OF = "x-mews-at-most-one-of";

    static @Nullable Object get(@Nullable Map<String, Object> extensions, String name) {
        return extensions == null ? null : extensions.get(name);
    }

    static boolean flag(@Nullable Map<String, Object> extensions, String name, Pointer at) {
        Object value = get(extensions, name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw LoadFailure.invalid(at.add(name), name + " must be true or false, not " + value);
    }

    static @Nullable String string(@Nullable Map<String, Object> extensions, String name, Pointer at) {
        Object value = get(extensions, name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw LoadFailure.invalid(at.add(name), name + " must be a string, not " + value);
    }

    static List<String> strings(@Nullable Map<String, Object> extensions, String name, Pointer at) {
        Object value = get(extensions, name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw LoadFailure.invalid(at.add(name), name + " must be a list of strings, not " + value);
    }

    /** A map of string to string ({@code x-mews-pagination: {items: P}}), or null when absent. */
    static @Nullable Map<String, String> stringMap(@Nullable Map<String, Object> extensions, String name, Pointer at) {
        Object value = get(extensions, name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map
                && map.keySet().stream().allMatch(String.class::isInstance)
                && map.values().stream().allMatch(String.class::isInstance)) {
            @SuppressWarnings("unchecked")
            Map<String, String> strings = (Map<String, String>) map;
            return strings;
        }
        throw LoadFailure.invalid(at.add(name), name + " must be a map of strings, not " + value);
    }
}
