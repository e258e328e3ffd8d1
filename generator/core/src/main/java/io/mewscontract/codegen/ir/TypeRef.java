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

    /** A named type of the model, by its schema name ({@link ApiModel#type(String)}). */
    record Named(String schemaName) implements TypeRef {}

    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }
}
