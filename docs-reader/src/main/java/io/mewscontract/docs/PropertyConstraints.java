package io.mewscontract.docs;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The constraints a document states for one property, parsed where the wording is understood.
 *
 * @param minLength minimum number of characters ({@code >= 1 characters})
 * @param maxLength maximum number of characters ({@code max 1000 characters})
 * @param minItems minimum number of array items ({@code >= 1 items})
 * @param maxItems maximum number of array items ({@code max 1000 items}, {@code <= 1000 items})
 * @param unparsed constraints kept as written because their meaning is not a plain bound,
 *     e.g. {@code max length 3 months} on a time interval
 */
public record PropertyConstraints(
        OptionalInt minLength,
        OptionalInt maxLength,
        OptionalInt minItems,
        OptionalInt maxItems,
        List<String> unparsed) {

    /** No constraint stated. */
    public static final PropertyConstraints NONE = new PropertyConstraints(
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), List.of());

    public PropertyConstraints {
        Objects.requireNonNull(minLength, "minLength");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(minItems, "minItems");
        Objects.requireNonNull(maxItems, "maxItems");
        unparsed = List.copyOf(unparsed);
    }

    /** Whether the document states no constraint at all. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
