package io.mewscontract.codegen.ir;

import java.util.List;

/** The type of a property or a list item: a scalar, a list, or a named object or enum type of the model. */
public sealed interface TypeRef {

    record Scalar(ScalarKind kind) implements TypeRef {}

    /**
     * @param items the element type
     * @param itemsNullable whether an element may be {@code null}
     * @param itemConstraints constraints every element must meet
     */
    record ListOf(TypeRef items, boolean itemsNullable, List<Constraint> itemConstraints) implements TypeRef {
        public ListOf {
            itemConstraints = List.copyOf(itemConstraints);
        }
    }

    /**
     * {@code additionalProperties} with a schema: a map from property name to value, in wire order.
     *
     * @param values the value type
     * @param valuesNullable whether a value may be {@code null}
     * @param valueConstraints constraints every value must meet
     */
    record MapOf(TypeRef values, boolean valuesNullable, List<Constraint> valueConstraints) implements TypeRef {
        public MapOf {
            valueConstraints = List.copyOf(valueConstraints);
        }
    }

    /**
     * An update value ({@code {"Value": x}}, {@code x-mews-update-value}): leave unchanged, set, or clear.
     *
     * @param value the type of the value being set
     * @param valueConstraints constraints a value being set must meet
     */
    record UpdateOf(TypeRef value, List<Constraint> valueConstraints) implements TypeRef {
        public UpdateOf {
            valueConstraints = List.copyOf(valueConstraints);
        }
    }

    /** A named type of the model, by its schema name ({@link ApiModel#type(String)}). */
    record Named(String schemaName) implements TypeRef {}

    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }
}
