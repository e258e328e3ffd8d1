package io.mewscontract.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a Java type of generated code looks on the wire, in words: what a server's {@code 400} and a client's
 * contract violation say was expected ({@code expected a UUID}).
 */
public final class JsonShapes {
    private JsonShapes() {}

    /** What a value of {@code target} looks like in JSON, for the message; {@code null} if nothing useful. */
    public static @Nullable String expected(@Nullable Class<?> target) {
        if (target == null) {
            return null;
        }
        if (target == String.class || OpenEnum.class.isAssignableFrom(target)) {
            return "a string";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "a boolean";
        }
        if (target == int.class
                || target == long.class
                || target == short.class
                || target == byte.class
                || target == Integer.class
                || target == Long.class
                || target == Short.class
                || target == Byte.class
                || target == BigInteger.class) {
            return "an integer";
        }
        if (target == double.class
                || target == float.class
                || target == Double.class
                || target == Float.class
                || target == BigDecimal.class
                || target == Number.class) {
            return "a number";
        }
        if (target == UUID.class) {
            return "a UUID";
        }
        if (target == Instant.class
                || target == OffsetDateTime.class
                || target == ZonedDateTime.class
                || target == LocalDateTime.class) {
            return "an ISO 8601 date-time";
        }
        if (target == LocalDate.class) {
            return "an ISO 8601 date";
        }
        if (target == Duration.class || target == Period.class) {
            return "an ISO 8601 duration";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        if (target.isRecord() || Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        return null;
    }
}
