package io.mewscontract.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The one place that says which JSON numbers and dates the Connector API can carry. {@code JsonMappers} applies it
 * wherever JSON is read, so a value that could not be written back (Jackson refuses to write a decimal of scale
 * -10000 plainly) or that breaks date arithmetic later (adding three months to the year 999999999) is refused
 * while reading, naming the property, instead of being stored and failing every later read.
 *
 * <ul>
 *   <li><b>Numbers</b> (both mappers): the plain form ({@code 10000000000}, never {@code 1E+10}) must be at most
 *       {@value #MAX_PLAIN_NUMBER_LENGTH} characters, the longest number Jackson reads by default, so whatever is
 *       read can be written and read again. Money at Mews is a .NET {@code decimal} (29 digits): nothing real
 *       comes near the bound.
 *   <li><b>Dates</b> (server only): years {@value #MIN_YEAR} to {@value #MAX_YEAR}, the range of .NET's
 *       {@code DateTime}, which the Connector API is written in. A client reads any date {@code java.time} holds
 *       (liberal), since refusing would lose a response.
 * </ul>
 */
public final class JsonBounds {
    private JsonBounds() {}

    public static final int MAX_PLAIN_NUMBER_LENGTH = 1000;
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    /** The reason a number outside the bounds is refused with, in both Jackson bindings. */
    public static final String NUMBER_OUT_OF_RANGE = "number out of range";
    /** The reason a date outside the bounds is refused with (servers only). */
    public static final String DATE_OUT_OF_RANGE = "date out of range (years " + MIN_YEAR + " to " + MAX_YEAR + ")";

    /** Whether {@code value}'s plain form has at most {@value #MAX_PLAIN_NUMBER_LENGTH} characters. */
    public static boolean isWritable(BigDecimal value) {
        int scale = value.scale();
        if (scale > MAX_PLAIN_NUMBER_LENGTH || scale < -MAX_PLAIN_NUMBER_LENGTH) {
            return false;
        }
        // Digits before the point (at least "0"), the point and the digits after it, and a sign.
        long integerDigits = Math.max(1L, (long) value.precision() - scale);
        long length = integerDigits + (scale > 0 ? 1L + scale : 0L) + (value.signum() < 0 ? 1L : 0L);
        return length <= MAX_PLAIN_NUMBER_LENGTH;
    }

    /**
     * Whether a {@code java.time} value lies within years {@value #MIN_YEAR} to {@value #MAX_YEAR}: instants in
     * UTC, values with an offset or zone both in UTC and as written. Other values are not dates: {@code true}.
     */
    public static boolean isInDateRange(@Nullable Object value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
        } else if (value instanceof OffsetDateTime dateTime) {
            return isInDateRange(dateTime.toInstant()) && inYears(dateTime.getYear());
        } else if (value instanceof ZonedDateTime dateTime) {
            return isInDateRange(dateTime.toInstant()) && inYears(dateTime.getYear());
        } else if (value instanceof LocalDateTime dateTime) {
            return inYears(dateTime.getYear());
        } else if (value instanceof LocalDate date) {
            return inYears(date.getYear());
        }
        return true;
    }

    private static final Instant FIRST =
            LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST = LocalDate.of(MAX_YEAR + 1, 1, 1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .minusNanos(1);

    private static boolean inYears(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
