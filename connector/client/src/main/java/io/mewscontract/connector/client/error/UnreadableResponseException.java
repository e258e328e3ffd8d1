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
    private final transient byte[] rawBody;

    public UnreadableResponseException(
            String operationId,
            String path,
            int status,
            @Nullable String requestId,
            String problem,
            String rawBodyExcerpt,
            @Nullable Throwable cause) {
        this(operationId, path, status, requestId, problem, rawBodyExcerpt, new byte[0], cause);
    }

    /**
     * @param rawBody the whole body as received (empty when it was not read, e.g. over the size limit), so that a
     *     response that breaks the spec is never lost: the caller can still read what the server sent
     */
    public UnreadableResponseException(
            String operationId,
            String path,
            int status,
            @Nullable String requestId,
            String problem,
            String rawBodyExcerpt,
            byte[] rawBody,
            @Nullable Throwable cause) {
        super(
                operationId,
                path,
                operationId + " answered " + status + " but " + problem + " [Request-Id: "
                        + (requestId == null ? "none" : requestId) + "]"
                        + (rawBodyExcerpt.isEmpty() ? "" : "; body: " + rawBodyExcerpt),
                cause);
        this.status = status;
        this.requestId = requestId;
        this.rawBodyExcerpt = rawBodyExcerpt;
        this.rawBody = rawBody.clone();
    }

    public int status() {
        return status;
    }

    public @Nullable String requestId() {
        return requestId;
    }

    /**
     * The whole body as the server sent it (a copy; empty when none was read). Not redacted, unlike every text of
     * this exception: a server that echoes the tokens echoes them here too, so do not log it.
     */
    public byte[] rawBody() {
        return rawBody.clone();
    }

    /** The start of the body (empty when there was none). */
    public String rawBodyExcerpt() {
        return rawBodyExcerpt;
    }
}
