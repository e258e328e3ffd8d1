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
 */
public record DocumentedEnum(String name, List<EnumValue> values, boolean openEnded, int line) {
    public DocumentedEnum {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** The wire values in document order. */
    public List<String> valueNames() {
        return values.stream().map(EnumValue::value).toList();
    }
}
