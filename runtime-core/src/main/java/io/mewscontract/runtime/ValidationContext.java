package io.mewscontract.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects every violation found while one value is validated (never just the first), together with the mode
 * that decides which checks apply. Not thread-safe: one context per validation run.
 */
public final class ValidationContext {
    private final ValidationMode mode;
    private final List<Violation> violations = new ArrayList<>();

    public ValidationContext(ValidationMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public ValidationMode mode() {
        return mode;
    }

    public void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    /** The violations found so far, in the order they were found. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }
}
