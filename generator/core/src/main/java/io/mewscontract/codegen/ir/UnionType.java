package io.mewscontract.codegen.ir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A discriminated union ({@code oneOf} + {@code discriminator}): generated as a sealed interface with one record
 * per known kind (the variants' own object types) and an {@code Unknown} record keeping the raw discriminator
 * and JSON of a kind added later.
 *
 * @param discriminator the wire name of the property naming the kind ({@code Discriminator})
 * @param variants the known kinds, in spec order
 */
public record UnionType(
        String schemaName,
        String javaName,
        @Nullable String description,
        boolean deprecated,
        List<String> docNames,
        String discriminator,
        List<Variant> variants,
        String pointer)
        implements TypeDef {

    public UnionType {
        docNames = List.copyOf(docNames);
        variants = List.copyOf(variants);
    }

    /**
     * @param kind the discriminator's value for this variant
     * @param schemaName the variant's object type
     * @param valueProperty for an envelope ({@code x-mews-union}): the property holding the variant's object;
     *     null when the variant object itself carries the discriminator ({@code oneOf})
     */
    public record Variant(
            String kind, String schemaName, @Nullable String valueProperty) {}

    /** Whether this is an envelope ({@code x-mews-union}) rather than OpenAPI's {@code oneOf} form. */
    public boolean envelope() {
        return variants.stream().anyMatch(variant -> variant.valueProperty() != null);
    }

    /** The name of the nested record holding kinds the spec does not list. */
    public static final String UNKNOWN_VARIANT = "Unknown";
}
