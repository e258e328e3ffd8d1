package io.mewscontract.codegen.ir;

import java.math.BigDecimal;

/** A constraint on one value, as the spec declares it. Validators check them; records do not. */
public sealed interface Constraint {

    record MinLength(int value) implements Constraint {}

    record MaxLength(int value) implements Constraint {}

    record Pattern(String regex) implements Constraint {}

    record MinItems(int value) implements Constraint {}

    record MaxItems(int value) implements Constraint {}

    /** {@code minimum} (or {@code exclusiveMinimum}); {@code value} is the spec's literal, kept exact. */
    record Minimum(BigDecimal value, boolean exclusive) implements Constraint {}

    /** {@code maximum} (or {@code exclusiveMaximum}); {@code value} is the spec's literal, kept exact. */
    record Maximum(BigDecimal value, boolean exclusive) implements Constraint {}

    /**
     * {@code x-mews-max-interval}: the interval from {@code start} to {@code end} (properties of the referenced
     * interval type) must not be longer than {@code maximumLength}, an ISO 8601 period or duration.
     */
    record MaxInterval(String maximumLength, Property start, Property end) implements Constraint {}
}
