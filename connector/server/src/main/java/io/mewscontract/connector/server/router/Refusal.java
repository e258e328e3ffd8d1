package io.mewscontract.connector.server.router;

import java.util.Map;

/**
 * Ends a request early with an error response. Thrown between the router's own steps only, never out of it;
 * carries no stack trace because it is an answer, not a fault.
 */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;
    private final transient Map<String, String> headers;

    Refusal(int status, String reason) {
        this(status, reason, Map.of());
    }

    Refusal(int status, String reason, Map<String, String> headers) {
        super(null, null, false, false);
        this.status = status;
        this.reason = reason;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    /** The error body's {@code Message}. */
    String reason() {
        return reason;
    }

    Map<String, String> headers() {
        return headers;
    }
}
