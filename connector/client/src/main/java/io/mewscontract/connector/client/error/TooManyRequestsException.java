package io.mewscontract.connector.client.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 429 Too Many Requests: the access token went over its request limit (200 requests per 30 seconds). The server
 * did not process the request, so reads and writes alike are retried after {@link #retryAfter()}, or after an
 * exponential backoff when the server did not say. Thrown when the retry policy gives up.
 */
public final class TooManyRequestsException extends MewsApiException {

    private final @Nullable Duration retryAfter;

    public TooManyRequestsException(ApiError error, @Nullable Duration retryAfter) {
        super(error);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait ({@code Retry-After}, in seconds or as an HTTP-date), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
