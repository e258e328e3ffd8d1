package io.mewscontract.sandbox.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code requests} requests per access token within any {@code window}.
 *
 * @param requests how many requests a window admits, at least 1
 * @param window the window's length, at least one millisecond
 */
public record RateLimit(int requests, Duration window) {

    /** The Connector API's limit: 200 requests per access token within 30 seconds. */
    public static final RateLimit MEWS = new RateLimit(200, Duration.ofSeconds(30));

    public RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("A rate limit must admit at least 1 request, not " + requests);
        }
        Objects.requireNonNull(window, "window");
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("A rate limit window must be at least 1 ms long, is " + window);
        }
    }

    @Override
    public String toString() {
        return requests + " requests per " + window.toMillis() + " ms";
    }
}
