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
    static String property(io.mewscontract.codegen.ir.ApiModel model, Property property) {
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
        for (io.mewscontract.codegen.ir.TypeDef deprecated : deprecatedTypes(model, property.type())) {
            sentences.add("Its type `" + deprecated.schemaName() + "` is deprecated"
                    + model.replacement(deprecated.pointer())
                            .map(replacement -> ": use `" + replacement + "` instead.")
                            .orElse("."));
        }
        return Poet.javadoc(String.join(" ", sentences), 4);
    }

    /** The deprecated schemas a property's type is or holds (list items, map values, update values). */
    private static List<io.mewscontract.codegen.ir.TypeDef> deprecatedTypes(
            io.mewscontract.codegen.ir.ApiModel model, TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            io.mewscontract.codegen.ir.TypeDef def = model.type(named.schemaName());
            return def.deprecated() ? List.of(def) : List.of();
        } else if (type instanceof TypeRef.ListOf list) {
            return deprecatedTypes(model, list.items());
        } else if (type instanceof TypeRef.MapOf map) {
            return deprecatedTypes(model, map.values());
        } else if (type instanceof TypeRef.UpdateOf update) {
            return deprecatedTypes(model, update.value());
        }
        return List.of();
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
            return "At most `" + c.maximumLength() + "` from " + c.start().wireName() + " to "
                    + c.end().wireName() + ".";
        }
    }

    /** The message of the null check for a required value, in the constructor and the builder alike. */
    static String requiredMessage(Property property) {
        return property.javaName() + " is required";
    }

    /** Whether the Java type is primitive: required, non-nullable numbers and booleans. */
    static boolean isPrimitive(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar
                && switch (scalar.kind()) {
                    case INT32, INT64, FLOAT, DOUBLE, BOOLEAN -> true;
                    default -> false;
                };
    }

    /**
     * The text after {@code @deprecated}: what replaces the element ({@code x-mews-replaced-by}, a property,
     * type or operation name, or free text), else that the spec marks it deprecated.
     */
    static String deprecation(io.mewscontract.codegen.ir.ApiModel model, String pointer, String what) {
        return model.replacement(pointer)
                .map(replacement ->
                        "use " + Poet.code(replacement) + " instead (the spec marks this " + what + " deprecated)")
                .orElse("the spec marks this " + what + " deprecated");
    }

    /**
     * For a versioned operation ({@code getAll/2023-06-06} beside {@code getAll}): {@code @see} links to the other
     * versions of the same operation, newest first, so a reader of either finds the other.
     */
    static java.util.Optional<String> versionLinks(
            io.mewscontract.codegen.ir.ApiModel model, io.mewscontract.codegen.ir.Operation operation) {
        List<io.mewscontract.codegen.ir.Operation> others = versions(model, operation).stream()
                .filter(other -> !other.equals(operation))
                .toList();
        if (others.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(
                "\n",
                others.stream()
                        .map(other -> "@see #" + other.methodName() + " "
                                + (other.version() == null
                                        ? "the unversioned operation"
                                        : "the version of " + other.version()))
                        .toList()));
    }

    /** The {@code @deprecated} text of an operation: its replacement, else the newest version of it, else plain. */
    static String operationDeprecation(
            io.mewscontract.codegen.ir.ApiModel model, io.mewscontract.codegen.ir.Operation operation) {
        if (model.replacement(operation.pointer()).isPresent()) {
            return deprecation(model, operation.pointer(), "operation");
        }
        List<io.mewscontract.codegen.ir.Operation> versions = versions(model, operation);
        io.mewscontract.codegen.ir.Operation newest = versions.isEmpty() ? operation : versions.get(0);
        return !newest.equals(operation)
                ? "use {@link #" + newest.methodName() + "}, its version of " + newest.version()
                        + " (the spec marks this operation deprecated)"
                : "the spec marks this operation deprecated";
    }

    /** Every operation of the same group and name (all versions), newest version first, unversioned last. */
    private static List<io.mewscontract.codegen.ir.Operation> versions(
            io.mewscontract.codegen.ir.ApiModel model, io.mewscontract.codegen.ir.Operation operation) {
        return model.operations()
                .filter(other ->
                        other.group().equals(operation.group()) && other.name().equals(operation.name()))
                .sorted(java.util.Comparator.comparing((io.mewscontract.codegen.ir.Operation other) ->
                                other.version() == null ? "" : other.version())
                        .reversed())
                .toList();
    }
}
