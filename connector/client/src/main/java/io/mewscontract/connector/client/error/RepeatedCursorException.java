package io.mewscontract.connector.client.error;

/**
 * Paging through a paginated operation ({@code getAllItems}, {@code getAllPages}) stopped because the server
 * answered a page with the very cursor it was sent: following it would fetch the same page forever. The items
 * streamed before are valid; the server broke the Connector API's paging contract. Never retried.
 */
public final class RepeatedCursorException extends MewsException {

    private final String cursor;

    /**
     * @param cursor the cursor sent and returned, as text; redact it before (it comes from the server, which might
     *     echo anything)
     */
    public RepeatedCursorException(String operationId, String path, String cursor) {
        super(
                operationId,
                path,
                operationId + " returned the cursor it was sent (" + cursor
                        + ") for the next page; paging stopped instead of fetching the same page forever",
                null);
        this.cursor = cursor;
    }

    /** The cursor the server returned unchanged (redacted like the message). */
    public String cursor() {
        return cursor;
    }
}
