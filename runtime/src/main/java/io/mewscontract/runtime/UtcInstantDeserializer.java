package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one form the Connector API writes every {@code date-time} in, {@code 2023-10-01T11:48:57Z} (optionally
 * with a fraction of one to nine digits), straight from its digits; everything else (an offset, a leap second, a
 * malformed or impossible date, a number) goes to jsr310's {@link InstantDeserializer}, which reads it or reports
 * the error as before. Jackson's {@code java.time} reading goes through {@code DateTimeFormatter}, which allocates
 * a map and a dozen objects per value: a page of payment requests has three per item (ModelBenchmark). The result is
 * the same {@link Instant}: the tests compare both readers on every form.
 */
@NullMarked
final class UtcInstantDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    /** {@code yyyy-MM-ddTHH:mm:ssZ}: the shortest text the fast path reads. */
    private static final int SECONDS_LENGTH = 20;

    private static final int[] NANOS_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    UtcInstantDeserializer() {
        this(InstantDeserializer.INSTANT);
    }

    private UtcInstantDeserializer(JsonDeserializer<?> standard) {
        super(standard);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new UtcInstantDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parse(parser.getText());
            if (instant != null) {
                return instant;
            }
        }
        return super.deserialize(parser, context);
    }

    /** The instant {@code text} denotes when it has exactly the UTC form above; otherwise {@code null}. */
    static @Nullable Instant parse(String text) {
        int length = text.length();
        if (length < SECONDS_LENGTH
                || length > SECONDS_LENGTH + 10
                || length == SECONDS_LENGTH + 1
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > SECONDS_LENGTH) {
            int fraction = digits(text, 20, length - 1);
            if (text.charAt(19) != '.' || fraction < 0) {
                return null;
            }
            nanos = fraction * NANOS_SCALE[length - 1 - 20];
        }
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException impossibleDate) {
            return null; // the standard reader reports it
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
