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

    /** {@code x-mews-at-least-one-of}: at least one of these properties is given ("required if no other filter"). */
    record AtLeastOneOf(List<Property> properties) implements ObjectConstraint {
        public AtLeastOneOf {
            properties = List.copyOf(properties);
        }
    }

    /** {@code x-mews-at-most-one-of}: these properties exclude each other. */
    record AtMostOneOf(List<Property> properties) implements ObjectConstraint {
        public AtMostOneOf {
            properties = List.copyOf(properties);
        }
    }
}
