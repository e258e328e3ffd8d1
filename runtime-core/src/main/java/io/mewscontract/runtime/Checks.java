package io.mewscontract.runtime;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The constraint checks generated validators call, one method per kind of constraint, so every violation
 * message is phrased in one place. Each method reports into the context and never throws for invalid input.
 *
 * <p>Most checks come in two forms: with the value's whole JSON {@code path}, and with its {@code parent} path and
 * the {@code step} to it ({@code ".CustomerIds"}). Generated validators use the second, so the path text is built
 * only when a violation is reported: they run on every request a server receives, nearly all of them valid.
 */
public final class Checks {
    private Checks() {}

    /** Compiled spec patterns; a spec has few, and each is checked on every request. */
    private static final java.util.Map<String, java.util.regex.Pattern> PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code minLength}: counted in Unicode code points, as JSON Schema counts characters. */
    public static void minLength(ValidationContext context, String path, String value, int minimum) {
        minLength(context, path, "", value, minimum);
    }

    public static void minLength(ValidationContext context, String parent, String step, String value, int minimum) {
        if (value.length() / 2 >= minimum) {
            return; // at most two chars per code point: long enough without counting
        }
        int length = value.codePointCount(0, value.length());
        if (length < minimum) {
            context.add(parent + step, "must be at least " + minimum + " characters long (is " + length + ")");
        }
    }

    /** {@code maxLength}: counted in Unicode code points, as JSON Schema counts characters. */
    public static void maxLength(ValidationContext context, String path, String value, int maximum) {
        maxLength(context, path, "", value, maximum);
    }

    public static void maxLength(ValidationContext context, String parent, String step, String value, int maximum) {
        if (value.length() <= maximum) {
            return; // never more code points than chars
        }
        int length = value.codePointCount(0, value.length());
        if (length > maximum) {
            context.add(parent + step, "must be at most " + maximum + " characters long (is " + length + ")");
        }
    }

    /**
     * {@code pattern}: ECMA-262 semantics, as JSON Schema defines them: "matches somewhere" (anchors are explicit),
     * and {@code $} is the end of the input. Java's {@code $} also matches before a final line break, so
     * {@code ^[A-Z]{3}$} would accept {@code "EUR\n"}; each {@code $} is read as {@code \z} instead.
     */
    public static void pattern(ValidationContext context, String path, String value, String regex) {
        pattern(context, path, "", value, regex);
    }

    public static void pattern(ValidationContext context, String parent, String step, String value, String regex) {
        if (!PATTERNS.computeIfAbsent(regex, Checks::compileEcma).matcher(value).find()) {
            context.add(parent + step, "must match the pattern " + regex);
        }
    }

    public static void minItems(ValidationContext context, String path, Collection<?> value, int minimum) {
        minItems(context, path, "", value, minimum);
    }

    public static void minItems(
            ValidationContext context, String parent, String step, Collection<?> value, int minimum) {
        if (value.size() < minimum) {
            context.add(parent + step, "must have at least " + minimum + " items (has " + value.size() + ")");
        }
    }

    public static void maxItems(ValidationContext context, String path, Collection<?> value, int maximum) {
        maxItems(context, path, "", value, maximum);
    }

    public static void maxItems(
            ValidationContext context, String parent, String step, Collection<?> value, int maximum) {
        if (value.size() > maximum) {
            context.add(parent + step, "must have at most " + maximum + " items (has " + value.size() + ")");
        }
    }

    /** {@code minimum}; the bound is the spec's literal, compared exactly. */
    public static void minimum(ValidationContext context, String path, Number value, String minimum) {
        minimum(context, path, "", value, minimum);
    }

    public static void minimum(ValidationContext context, String parent, String step, Number value, String minimum) {
        BigDecimal actual = exact(value);
        if (actual != null && actual.compareTo(new BigDecimal(minimum)) < 0) {
            context.add(parent + step, "must be at least " + minimum + " (is " + value + ")");
        }
    }

    /** {@code exclusiveMinimum}: strictly greater than the bound. */
    public static void exclusiveMinimum(ValidationContext context, String path, Number value, String minimum) {
        exclusiveMinimum(context, path, "", value, minimum);
    }

    public static void exclusiveMinimum(
            ValidationContext context, String parent, String step, Number value, String minimum) {
        BigDecimal actual = exact(value);
        if (actual != null && actual.compareTo(new BigDecimal(minimum)) <= 0) {
            context.add(parent + step, "must be greater than " + minimum + " (is " + value + ")");
        }
    }

    /** {@code maximum}; the bound is the spec's literal, compared exactly. */
    public static void maximum(ValidationContext context, String path, Number value, String maximum) {
        maximum(context, path, "", value, maximum);
    }

    public static void maximum(ValidationContext context, String parent, String step, Number value, String maximum) {
        BigDecimal actual = exact(value);
        if (actual != null && actual.compareTo(new BigDecimal(maximum)) > 0) {
            context.add(parent + step, "must be at most " + maximum + " (is " + value + ")");
        }
    }

    /** {@code exclusiveMaximum}: strictly less than the bound. */
    public static void exclusiveMaximum(ValidationContext context, String path, Number value, String maximum) {
        exclusiveMaximum(context, path, "", value, maximum);
    }

    public static void exclusiveMaximum(
            ValidationContext context, String parent, String step, Number value, String maximum) {
        BigDecimal actual = exact(value);
        if (actual != null && actual.compareTo(new BigDecimal(maximum)) >= 0) {
            context.add(parent + step, "must be less than " + maximum + " (is " + value + ")");
        }
    }

    /**
     * {@code x-mews-max-interval}: {@code end - start} must not exceed an ISO 8601 period ({@code P3M}) or
     * duration ({@code PT12H}). Calendar periods are added in UTC, so "three months" from 2020-01-31 ends on
     * 2020-04-30 whatever the caller's time zone. Intervals are inclusive at both ends, so an interval exactly
     * as long as the period is allowed.
     */
    public static void maxInterval(
            ValidationContext context, String path, Instant start, Instant end, String maximumLength) {
        if (end.isBefore(start)) {
            context.add(path, "interval must not end before it starts (is from " + start + " to " + end + ")");
            return;
        }
        TemporalAmount amount = parseAmount(maximumLength);
        Instant latestEnd;
        try {
            latestEnd = amount instanceof Period period
                    ? start.atOffset(ZoneOffset.UTC).plus(period).toInstant()
                    : start.plus(amount);
        } catch (DateTimeException | ArithmeticException beyondTheLastInstant) {
            // start + the period is later than any Instant (start near Instant.MAX), so no end can exceed it.
            return;
        }
        if (end.isAfter(latestEnd)) {
            context.add(
                    path,
                    "interval must not be longer than " + maximumLength + " (is from " + start + " to " + end + ")");
        }
    }

    /** {@code x-mews-required-together}: either every listed value is present, or none is. */
    public static void allOrNone(
            ValidationContext context, String path, List<String> names, @Nullable Object... values) {
        int present = 0; // a loop, not a stream: this runs for the common fields of every request
        for (@Nullable Object value : values) {
            if (value != null) {
                present++;
            }
        }
        if (present != 0 && present != values.length) {
            context.add(path, String.join(" and ", names) + " must be given together or not at all");
        }
    }

    /**
     * Open enum membership, checked only in {@link ValidationMode#SERVER}: a client passes values it does not
     * know through, a server rejects them.
     */
    public static void knownValue(
            ValidationContext context, String path, OpenEnum value, List<? extends OpenEnum> knownValues) {
        knownValue(context, path, "", value, knownValues);
    }

    public static void knownValue(
            ValidationContext context,
            String parent,
            String step,
            OpenEnum value,
            List<? extends OpenEnum> knownValues) {
        if (context.mode() == ValidationMode.SERVER && !value.isKnown()) {
            context.add(
                    parent + step,
                    "unknown value '" + value.value() + "'; expected one of "
                            + knownValues.stream().map(OpenEnum::value).collect(Collectors.joining(", ")));
        }
    }

    private static @Nullable BigDecimal exact(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            // NaN and infinities cannot come from JSON; nothing to compare.
            return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
        }
        return BigDecimal.valueOf(value.longValue());
    }

    /** Compiles a spec pattern with ECMA-262's {@code $}: every unescaped {@code $} outside a class becomes \z. */
    static java.util.regex.Pattern compileEcma(String regex) {
        StringBuilder translated = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                translated.append(c).append(regex.charAt(++i));
            } else if (c == '[' && !inClass) {
                inClass = true;
                translated.append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                translated.append(c);
            } else if (c == '$' && !inClass) {
                translated.append("\\z");
            } else {
                translated.append(c);
            }
        }
        return java.util.regex.Pattern.compile(translated.toString());
    }

    static TemporalAmount parseAmount(String iso) {
        try {
            return Period.parse(iso);
        } catch (DateTimeParseException notAPeriod) {
            return Duration.parse(iso);
        }
    }
}
