package io.mewscontract.connector.server.router;

import io.mewscontract.runtime.WireHeaders;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link RequestInterceptor}'s refusal: the router answers with this status, an error body carrying this
 * message, and these extra headers (besides its own {@code Request-Id} and {@code Content-Type}).
 *
 * @param status an error status, 400 to 599
 * @param message the error body's {@code Message}
 * @param headers extra response headers, e.g. {@code Retry-After}; may not set the headers the router owns
 */
public record Rejection(int status, String message, Map<String, String> headers) {

    private static final Set<String> ROUTER_HEADERS =
            caseInsensitive(WireHeaders.REQUEST_ID, "Content-Type", "Content-Length");

    public Rejection {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A rejection needs an error status (400 to 599), not " + status);
        }
        Objects.requireNonNull(message, "message");
        for (String name : headers.keySet()) {
            if (ROUTER_HEADERS.contains(name)) {
                throw new IllegalArgumentException("The router writes " + name + " itself");
            }
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A rejection with no extra headers. */
    public static Rejection of(int status, String message) {
        return new Rejection(status, message, Map.of());
    }

    /**
     * {@code 429 Too Many Requests} with {@code Retry-After} in whole seconds, rounded up so a client that waits
     * exactly that long is not refused again.
     */
    public static Rejection tooManyRequests(Duration retryAfter) {
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return new Rejection(
                429,
                "Too many requests; retry after " + seconds + " seconds.",
                Map.of("Retry-After", Long.toString(seconds)));
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Collections.addAll(set, names);
        return Collections.unmodifiableSet(set);
    }
}
