package io.mewscontract.conformance.checks;

import org.jspecify.annotations.Nullable;

/**
 * What the spec says about one property of one object, with references and {@code allOf} wrappers
 * already looked through, so it can be compared with a document's property table.
 *
 * @param schema     the component the property belongs to (after allOf merging: the object that uses it)
 * @param name       the property name
 * @param required   whether the key must be present
 * @param nullable   whether the value may be null (at the use site or in the referenced component)
 * @param kind       JSON kind: string, number, integer, boolean, array or object
 * @param format     the format of the value (or of the array items), e.g. uuid, decimal, date-time
 * @param refName    the component the value (or the array items) refers to, if any
 * @param maxInterval the {@code x-mews-max-interval} period, if any
 */
public record PropertyFacts(
        String schema,
        String name,
        boolean required,
        boolean nullable,
        String kind,
        @Nullable String format,
        @Nullable String refName,
        @Nullable Integer minItems,
        @Nullable Integer maxItems,
        @Nullable Integer minLength,
        @Nullable Integer maxLength,
        @Nullable String maxInterval) {

    /** {@code Schema.Property}, as RECONCILIATION.md names it. */
    public String element() {
        return schema + "." + name;
    }
}
