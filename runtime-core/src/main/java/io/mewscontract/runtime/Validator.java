package io.mewscontract.runtime;

import java.util.List;

/**
 * Checks a value against the constraints the spec declares for its type. Generated validators implement
 * {@link #validate(Object, String, ValidationContext)}, which reports into a shared context so nested values
 * contribute their violations with full paths.
 *
 * <p>Presence of required values is not checked here: generated records refuse a missing required value in
 * their constructor, so a value that reaches a validator already has them.
 *
 * @param <T> the validated type
 */
@FunctionalInterface
public interface Validator<T> {

    /**
     * Reports every constraint {@code value} breaks into {@code context}.
     *
     * @param value the value to check
     * @param path the JSON path of {@code value} in the request body ({@code $} for the body itself)
     * @param context where violations go, and which mode applies
     */
    void validate(T value, String path, ValidationContext context);

    /** Validates {@code value} as a whole request body and returns every violation (empty when valid). */
    default List<Violation> validate(T value, ValidationMode mode) {
        ValidationContext context = new ValidationContext(mode);
        validate(value, "$", context);
        return context.violations();
    }

    /** A validator for types whose schema declares no constraints. */
    static <T> Validator<T> none() {
        return (value, path, context) -> {};
    }
}
