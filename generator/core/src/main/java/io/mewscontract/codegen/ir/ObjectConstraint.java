package io.mewscontract.codegen.ir;

import java.util.List;

/** A constraint across properties of one object. */
public sealed interface ObjectConstraint {

    /** {@code x-mews-required-together}: either all of these properties are present, or none is. */
    record RequiredTogether(List<Property> properties) implements ObjectConstraint {
        public RequiredTogether {
            properties = List.copyOf(properties);
        }
    }
}
