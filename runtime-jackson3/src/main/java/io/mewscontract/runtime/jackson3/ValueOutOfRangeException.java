package io.mewscontract.runtime.jackson3;

import io.mewscontract.runtime.JsonBounds;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value is well-formed and of the right type but outside {@link JsonBounds}: a number whose plain form is
 * longer than {@value JsonBounds#MAX_PLAIN_NUMBER_LENGTH} characters or, on a server, a date outside the years
 * {@value JsonBounds#MIN_YEAR} to {@value JsonBounds#MAX_YEAR}. Its {@link #getPath()} names the property, like
 * every other binding error; {@link #reason()} says what is wrong in words fit for an error response.
 */
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
