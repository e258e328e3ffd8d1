package io.mewscontract.connector.server.router;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link Router} answers: a status, headers (at most one value each) and the body bytes. An adapter
 * writes it out unchanged.
 *
 * <p>A response without a body (a {@code 204}) has an empty {@link #body()} and no {@code Content-Type}; adapters
 * must then send no body at all. The body array is handed over, not copied: do not change it.
 */
public final class RouterResponse {
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    RouterResponse(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        // The router hands over a map of its own, made for this response: wrapped, not copied.
        this.headers = Collections.unmodifiableMap(headers);
        this.body = Objects.requireNonNull(body, "body");
    }

    public int status() {
        return status;
    }

    /** The response headers, in the order they should be written. Always includes {@code Request-Id}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** A header's value, by exact name as the router writes it ({@code Request-Id}, {@code Content-Type}, ...). */
    public @Nullable String header(String name) {
        return headers.get(name);
    }

    /** The body, empty when the response has none. */
    public byte[] body() {
        return body;
    }

    /** The body as UTF-8 text (the router only writes JSON). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Status and headers; the body may hold personal data and stays out of logs. */
    @Override
    public String toString() {
        return "RouterResponse[" + status + " " + headers + ", " + body.length + " bytes]";
    }
}
