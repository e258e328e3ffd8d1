package io.mewscontract.runtime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Instant} as jsr310's {@link InstantSerializer} does with ISO 8601 text ({@code
 * DateTimeFormatter.ISO_INSTANT}: {@code 2023-10-01T11:48:57Z}, a fraction of three, six or nine digits when there
 * is one), straight into a character buffer for the years 0 to 9999, instead of through {@code DateTimeFormatter},
 * which allocates a dozen objects per value (ModelBenchmark). Other years, numeric timestamps and properties with
 * their own {@code @JsonFormat} go to jsr310's serializer. The tests compare both on many instants.
 */
@NullMarked
final class UtcInstantSerializer extends StdScalarSerializer<Instant> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;

    private static final long LAST_FAST_SECOND =
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    private static final long FIRST_FAST_SECOND =
            Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();

    UtcInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, @Nullable BeanProperty property)
            throws JsonMappingException {
        JsonFormat.@Nullable Value format = findFormatOverrides(provider, property, Instant.class);
        if (property != null && format != null && !JsonFormat.Value.empty().equals(format)) {
            return InstantSerializer.INSTANCE.createContextual(provider, property);
        }
        return this;
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        long seconds = value.getEpochSecond();
        if (provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                || seconds < FIRST_FAST_SECOND
                || seconds > LAST_FAST_SECOND) {
            InstantSerializer.INSTANCE.serialize(value, generator, provider);
            return;
        }
        char[] text = new char[30];
        int length = format(seconds, value.getNano(), text);
        generator.writeString(text, 0, length);
    }

    /** ISO_INSTANT's text of an instant of the years 0 to 9999 into {@code text}; returns its length. */
    static int format(long epochSecond, int nanos, char[] text) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
        int secondOfDay = Math.floorMod(epochSecond, 86_400);
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, secondOfDay / 3_600, 2);
        text[13] = ':';
        put(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, secondOfDay % 60, 2);
        int end = 19;
        if (nanos != 0) {
            text[end++] = '.';
            if (nanos % 1_000_000 == 0) {
                put(text, end, nanos / 1_000_000, 3);
                end += 3;
            } else if (nanos % 1_000 == 0) {
                put(text, end, nanos / 1_000, 6);
                end += 6;
            } else {
                put(text, end, nanos, 9);
                end += 9;
            }
        }
        text[end++] = 'Z';
        return end;
    }

    /** {@code value} as {@code digits} decimal digits, zero-padded, at {@code text[from]}. */
    private static void put(char[] text, int from, int value, int digits) {
        int rest = value;
        for (int i = from + digits - 1; i >= from; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
