package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value is well-formed and of the right type but outside what the Connector API can carry: a number whose
 * plain form is longer than {@value JsonBounds#MAX_PLAIN_NUMBER_LENGTH} characters ({@code 1e10000},
 * {@code 1e2147483648}) or, on a server, a date outside the years {@value JsonBounds#MIN_YEAR} to
 * {@value JsonBounds#MAX_YEAR}. Its {@link #getPath()} names the property, like every other binding error;
 * {@link #reason()} says what is wrong in words fit for an error response.
 */
@NullMarked
public final class ValueOutOfRangeException extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    ValueOutOfRangeException(@Nullable JsonParser parser, String reason, @Nullable Object value, Class<?> type) {
        super(parser, reason, value, type);
        this.reason = reason;
    }

    /** {@code number out of range}, or {@code date out of range (years 1 to 9999)}. */
    public String reason() {
        return reason;
    }
}
