package io.mewscontract.connector.server.router;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the {@link Router} sees it, independent of any server framework: method, path, headers
 * and the body as a stream (so the router can stop reading at its size limit).
 *
 * <p>An adapter builds one per request. The router reads the body at most once and never closes it: the stream
 * belongs to the adapter.
 */
public final class RouterRequest {
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final InputStream body;

    private RouterRequest(String method, String path, Map<String, List<String>> headers, InputStream body) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.body = Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        // HTTP header names are case-insensitive.
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                // Names differing only in case (possible in a plain map) join, in the order met.
                copy.merge(name, List.copyOf(values), RouterRequest::concat);
            }
        });
        this.headers = Collections.unmodifiableMap(copy);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    /**
     * A request whose body is read from a stream.
     *
     * @param method the HTTP method exactly as sent (methods are case-sensitive: {@code post} is not {@code POST})
     * @param path the request target's path exactly as sent, not percent-decoded; with {@code ?} and the query
     *     when the request has one, so that, like the Connector API, any query makes the address unknown
     * @param headers the request headers; names are matched case-insensitively
     * @param body the request body (empty when there is none); read at most once, never closed by the router
     */
    public static RouterRequest of(String method, String path, Map<String, List<String>> headers, InputStream body) {
        return new RouterRequest(method, path, headers, body);
    }

    /** A request whose body is already in memory (tests, or frameworks that buffer bodies themselves). */
    public static RouterRequest of(String method, String path, Map<String, List<String>> headers, byte[] body) {
        return new RouterRequest(method, path, headers, new ByteArrayInputStream(body));
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Every header, unmodifiable, with case-insensitive names. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Every value of a header, in order; empty when the request has none. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The first value of a header, or {@code null}. */
    public @Nullable String header(String name) {
        List<String> values = headerValues(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The declared {@code Content-Length}, when the request declares exactly one well-formed value. */
    public OptionalLong contentLength() {
        List<String> values = headerValues("Content-Length");
        if (values.size() != 1) {
            return OptionalLong.empty();
        }
        try {
            long length = Long.parseLong(values.get(0).trim());
            return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    public InputStream body() {
        return body;
    }

    /** Method and path only: headers and body may carry secrets. */
    @Override
    public String toString() {
        return "RouterRequest[" + method + " " + path + "]";
    }
}
