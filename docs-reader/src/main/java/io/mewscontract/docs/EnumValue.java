package io.mewscontract.docs;

import java.util.Objects;

/**
 * One value of a documented enum.
 *
 * @param value the wire value, e.g. {@code Chargeable}
 * @param description the text after {@code " - "}, or empty when the document gives none
 * @param line 1-based line of the value in the document
 */
public record EnumValue(String value, String description, int line) {
    public EnumValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
    }
}
