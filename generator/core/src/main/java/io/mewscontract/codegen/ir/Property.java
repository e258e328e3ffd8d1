package io.mewscontract.codegen.ir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One property of an object type.
 *
 * @param wireName the name on the wire ({@code AccountId})
 * @param javaName the record component and accessor name ({@code accountId}), unique within its type
 * @param type the value's type
 * @param required the key is always present on the wire
 * @param nullable the value may be {@code null}
 * @param deprecated the spec marks the property deprecated
 * @param secret {@code format: password}: never printed
 * @param portfolioRequired {@code x-mews-portfolio-required}: required when a portfolio token is used
 * @param constraints constraints on the value
 * @param description the spec's description, unescaped
 * @param examples example values as JSON text
 * @param pointer where the property is declared in the spec (JSON pointer)
 */
public record Property(
        String wireName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean deprecated,
        boolean secret,
        boolean portfolioRequired,
        List<Constraint> constraints,
        @Nullable String description,
        List<String> examples,
        String pointer) {

    public Property {
        constraints = List.copyOf(constraints);
        examples = List.copyOf(examples);
    }

    /**
     * Whether Java code may see {@code null} here: the value is nullable, or the key is optional (an absent
     * optional value reads as {@code null}; see DESIGN.md, "Nullability and presence").
     */
    public boolean javaNullable() {
        return nullable || !required;
    }
}
