package io.mewscontract.codegen.ir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A string enum schema: generated as an open enum class (known values as constants, unknown values kept).
 *
 * @param values the known values, in spec order
 */
public record EnumType(
        String schemaName,
        String javaName,
        @Nullable String description,
        boolean deprecated,
        List<String> docNames,
        List<EnumValue> values,
        String pointer)
        implements TypeDef {

    public EnumType {
        docNames = List.copyOf(docNames);
        values = List.copyOf(values);
    }

    /**
     * @param wireValue the value on the wire ({@code PaymentCardMissing})
     * @param constantName the Java constant ({@code PAYMENT_CARD_MISSING}), unique within the enum
     * @param description from {@code x-mews-enum-descriptions}
     */
    public record EnumValue(
            String wireValue, String constantName, @Nullable String description) {}

    /** The name of the {@code Known} constant that stands for any value the spec does not list. */
    public static final String UNKNOWN_CONSTANT = "UNKNOWN";
}
