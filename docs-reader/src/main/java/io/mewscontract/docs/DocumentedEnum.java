package io.mewscontract.docs;

import java.util.List;
import java.util.Objects;

/**
 * A list of values a document gives under a heading, e.g. {@code Preauthorization state}.
 *
 * @param name the heading as written
 * @param values the listed values in document order, never including an ellipsis
 * @param openEnded whether the list ends with {@code ...}: the document says more values exist
 * @param line 1-based line of the heading
 * @param notExhaustive the line of a note between the heading and the list saying the list is not
 *     exhaustive (the API may return values not listed), or 0 when there is none
 */
public record DocumentedEnum(String name, List<EnumValue> values, boolean openEnded, int line, int notExhaustive) {
    public DocumentedEnum {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** An enum without a "not exhaustive" note. */
    public DocumentedEnum(String name, List<EnumValue> values, boolean openEnded, int line) {
        this(name, values, openEnded, line, 0);
    }

    /** The wire values in document order. */
    public List<String> valueNames() {
        return values.stream().map(EnumValue::value).toList();
    }
}
