package io.mewscontract.connector.server.errors;

import java.util.Objects;

/**
 * A business rule or server-side validation refused the request: the router answers {@code 403 Forbidden} with
 * this exception's message as the error body's {@code Message}.
 *
 * <p>The message is meant to be shown to the end user (the Connector API says so of every {@code 403}), so write
 * it for them, e.g. {@code "The payment request is already completed and cannot be canceled."}, and never put a
 * secret in it.
 */
public class BusinessRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what rule refused the request, for the end user; required */
    public BusinessRuleException(String message) {
        super(Objects.requireNonNull(message, "message"));
    }

    /**
     * @param message what rule refused the request, for the end user; required
     * @param cause what led to the refusal, for the server's own diagnostics; never sent to the client
     */
    public BusinessRuleException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }
}
