package io.mewscontract.connector.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status, but the answer cannot be what the spec says: the body is not JSON
 * of the operation's response type, or it is empty, or it is a {@code 204} for an operation that has no empty
 * result. Never retried: the request was processed.
 */
public final class UnreadableResponseException extends MewsException {

    private final int status;
    private final @Nullable String requestId;
    private final String rawBodyExcerpt;

    public UnreadableResponseException(String operationId, String path, int status, @Nullable String requestId,
            String problem, String rawBodyExcerpt, @Nullable Throwable cause) {
        super(operationId, path, operationId + " answered " + status + " but " + problem + " [Request-Id: "
                + (requestId == null ? "none" : requestId) + "]"
                + (rawBodyExcerpt.isEmpty() ? "" : "; body: " + rawBodyExcerpt), cause);
        this.status = status;
        this.requestId = requestId;
        this.rawBodyExcerpt = rawBodyExcerpt;
    }

    public int status() {
        return status;
    }

    public @Nullable String requestId() {
        return requestId;
    }

    /** The start of the body (empty when there was none). */
    public String rawBodyExcerpt() {
        return rawBodyExcerpt;
    }
}
