package io.mewscontract.runtime;

import java.util.Objects;

/**
 * One broken constraint: where ({@code path}, a JSON path over wire names such as
 * {@code $.PaymentRequests[0].Description}) and what ({@code message}).
 *
 * @param path JSON path of the offending value, starting at {@code $} (the request body)
 * @param message what is wrong, phrased for the API user
 */
public record Violation(String path, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
