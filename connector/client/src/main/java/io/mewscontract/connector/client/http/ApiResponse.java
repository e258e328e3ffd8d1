package io.mewscontract.connector.client.http;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A successful call's result together with its {@link ResponseMetadata} (the {@code Request-Id} above all).
 *
 * @param value the deserialized response (for a {@code 204}, the operation's empty result)
 * @param metadata status, request id, attempts and time taken
 * @param <R> the response type
 */
public record ApiResponse<R>(R value, ResponseMetadata metadata) {

    public ApiResponse {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The response's {@code Request-Id}, or {@code null} when the server sent none. */
    public @Nullable String requestId() {
        return metadata.requestId();
    }
}
