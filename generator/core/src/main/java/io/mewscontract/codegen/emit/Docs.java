package io.mewscontract.codegen.emit;

import io.mewscontract.codegen.ir.Constraint;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Javadoc and messages about properties, shared by the record, builder and client emitters. */
final class Docs {
    private Docs() {}

    /**
     * A property's Javadoc: the spec's description, then what the spec says about presence, constraints and
     * examples, so a user sees the contract where they type the call.
     */
    static String property(Property property) {
        List<String> sentences = new ArrayList<>();
        if (property.description() != null && !property.description().isBlank()) {
            sentences.add(Poet.sentence(property.description()));
        } else {
            sentences.add("The `" + property.wireName() + "` property.");
        }
        if (!property.required()) {
            sentences.add("Optional: not written when `null`.");
        } else if (property.nullable()) {
            sentences.add("Always written, possibly as `null`.");
        }
        if (property.portfolioRequired()) {
            sentences.add("Required when the access token is a portfolio access token.");
        }
        for (Constraint constraint : property.constraints()) {
            sentences.add(constraint(constraint));
        }
        if (property.type() instanceof TypeRef.ListOf list) {
            for (Constraint constraint : list.itemConstraints()) {
                sentences.add("Each item: " + constraint(constraint));
            }
        }
        if (!property.examples().isEmpty()) {
            sentences.add("Example: `" + property.examples().get(0) + "`.");
        }
        return Poet.javadoc(String.join(" ", sentences), 4);
    }

    static String constraint(Constraint constraint) {
        if (constraint instanceof Constraint.MinLength c) {
            return "At least " + c.value() + " characters.";
        } else if (constraint instanceof Constraint.MaxLength c) {
            return "At most " + c.value() + " characters.";
        } else if (constraint instanceof Constraint.Pattern c) {
            return "Matches `" + c.regex() + "`.";
        } else if (constraint instanceof Constraint.MinItems c) {
            return "At least " + c.value() + " items.";
        } else if (constraint instanceof Constraint.MaxItems c) {
            return "At most " + c.value() + " items.";
        } else if (constraint instanceof Constraint.Minimum c) {
            return (c.exclusive() ? "Greater than " : "At least ") + c.value().toPlainString() + ".";
        } else if (constraint instanceof Constraint.Maximum c) {
            return (c.exclusive() ? "Less than " : "At most ") + c.value().toPlainString() + ".";
        } else {
            Constraint.MaxInterval c = (Constraint.MaxInterval) constraint;
            return "At most `" + c.maximumLength() + "` from " + c.start().wireName() + " to " + c.end().wireName()
                    + ".";
        }
    }

    /** The message of the null check for a required value, in the constructor and the builder alike. */
    static String requiredMessage(Property property) {
        return property.javaName() + " is required";
    }

    /** Whether the Java type is primitive: required, non-nullable numbers and booleans. */
    static boolean isPrimitive(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && switch (scalar.kind()) {
            case INT32, INT64, FLOAT, DOUBLE, BOOLEAN -> true;
            default -> false;
        };
    }
}
