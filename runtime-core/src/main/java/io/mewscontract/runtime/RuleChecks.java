package io.mewscontract.runtime;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks of rules across properties ({@code x-mews-at-least-one-of}, {@code x-mews-at-most-one-of}) and of date
 * intervals, called by generated validators like {@link Checks}. A value counts as given when it is not
 * {@code null}; an empty list counts as given (the caller said "none of these", which is a filter too).
 */
public final class RuleChecks {
    private RuleChecks() {}

    /** {@code x-mews-at-least-one-of}: at least one of the listed values is given. */
    public static void atLeastOneOf(
            ValidationContext context, String path, List<String> names, @Nullable Object... values) {
        if (Arrays.stream(values).noneMatch(Objects::nonNull)) {
            context.add(path, "at least one of " + String.join(", ", names) + " is required");
        }
    }

    /** {@code x-mews-at-most-one-of}: the listed values exclude each other. */
    public static void atMostOneOf(
            ValidationContext context, String path, List<String> names, @Nullable Object... values) {
        if (Arrays.stream(values).filter(Objects::nonNull).count() > 1) {
            context.add(path, "at most one of " + String.join(", ", names) + " may be given");
        }
    }

    /**
     * {@code x-mews-max-interval} on an interval of dates: {@code end - start} must not exceed an ISO 8601
     * period ({@code P31D}, {@code P3M}); both ends count, so an interval exactly as long as the period is allowed.
     */
    public static void maxDateInterval(
            ValidationContext context, String path, LocalDate start, LocalDate end, String maximumLength) {
        if (end.isBefore(start)) {
            context.add(path, "interval must not end before it starts (is from " + start + " to " + end + ")");
            return;
        }
        if (end.isAfter(start.plus(Period.parse(maximumLength)))) {
            context.add(
                    path,
                    "interval must not be longer than " + maximumLength + " (is from " + start + " to " + end + ")");
        }
    }

    /** {@code format: hybrid-id}: checked only on servers; a client passes every identifier through. */
    public static void hybridId(ValidationContext context, String path, HybridId value) {
        if (context.mode() == ValidationMode.SERVER && !value.isWellFormed()) {
            context.add(path, "must be a UUID or a prefixed identifier such as eid:1234 (is '" + value.value() + "')");
        }
    }
}
