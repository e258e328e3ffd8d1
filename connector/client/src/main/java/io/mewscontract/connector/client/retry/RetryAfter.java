package io.mewscontract.connector.client.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): either a number of seconds ({@code 120}) or an
 * HTTP-date ({@code Wed, 21 Oct 2015 07:28:00 GMT}). All three date formats RFC 9110 requires recipients to
 * accept are read: IMF-fixdate, the obsolete RFC 850 form and ANSI C's asctime.
 *
 * <p>A value that is neither is ignored (the caller falls back to backoff) rather than failing the call: the
 * header is advice.
 */
public final class RetryAfter {
    private RetryAfter() {}

    private static final Pattern SECONDS = Pattern.compile("\\d+");

    /** Longer than any budget, and still far from overflowing {@link Duration}. */
    private static final long MAX_SECONDS = 1_000_000_000L;

    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("EEE MMM d HH:mm:ss yyyy")
            .toFormatter(Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * How long to wait from {@code now}. A date in the past means no wait ({@link Duration#ZERO}).
     *
     * @param header the header's value, or {@code null} when absent
     * @param now the current time, for HTTP-dates
     * @return the wait, or empty when the header is absent or unreadable
     */
    public static Optional<Duration> parse(@Nullable String header, Instant now) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (SECONDS.matcher(value).matches()) {
            // More digits than a long holds is still "very long", not an error.
            long seconds = value.length() > 12 ? MAX_SECONDS : Math.min(Long.parseLong(value), MAX_SECONDS);
            return Optional.of(Duration.ofSeconds(seconds));
        }
        return parseDate(value, now).map(date -> date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO);
    }

    private static Optional<Instant> parseDate(String value, Instant now) {
        String singleSpaced = value.replaceAll("\\s+", " ");
        for (DateTimeFormatter format : formats(now)) {
            try {
                return Optional.of(ZonedDateTime.parse(singleSpaced, format).toInstant());
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static List<DateTimeFormatter> formats(Instant now) {
        // RFC 850 dates have two-digit years: RFC 9110 reads one more than 50 years ahead as the past century.
        LocalDate pivot = now.atZone(ZoneOffset.UTC).toLocalDate().minusYears(49);
        DateTimeFormatter rfc850 = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, pivot)
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);
        return List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850, ASCTIME);
    }
}
