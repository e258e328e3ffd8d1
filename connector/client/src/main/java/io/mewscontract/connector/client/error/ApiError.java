package io.mewscontract.connector.client.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an error response said, as far as it could be read. Every text in it has been redacted.
 *
 * @param operationId the spec's id of the operation that failed
 * @param path the request path of the operation
 * @param status the HTTP status code
 * @param message the body's {@code Message}; when the body was not the Connector API error shape, the status's
 *     reason phrase
 * @param requestId the body's {@code RequestId}, else the {@code Request-Id} header, else {@code null}
 * @param details the body's {@code Details} (only development environments send it)
 * @param rawBodyExcerpt the start of the body when it was not the Connector API error shape (not JSON, or JSON
 *     without a {@code Message}); {@code null} when the body was read as an error
 */
public record ApiError(
        String operationId,
        String path,
        int status,
        String message,
        @Nullable String requestId,
        @Nullable String details,
        @Nullable String rawBodyExcerpt) {

    public ApiError {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the body had the Connector API error shape ({@code Message}, {@code RequestId}, {@code Details}). */
    public boolean hasErrorBody() {
        return rawBodyExcerpt == null;
    }
}
