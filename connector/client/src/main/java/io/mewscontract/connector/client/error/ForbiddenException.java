package io.mewscontract.connector.client.error;

/**
 * 403 Forbidden: a server-side validation or business rule failed (for example cancelling a payment request
 * that is no longer pending). Unlike other errors, its message is written for the end user of your application:
 * show {@link #userMessage()}. Not retried.
 */
public final class ForbiddenException extends MewsApiException {

    public ForbiddenException(ApiError error) {
        super(error);
    }

    /** The server's explanation, meant to be shown to the end user as it is. */
    public String userMessage() {
        return errorMessage();
    }
}
