package io.mewscontract.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange exactly as the sandbox saw it on the wire: the request line, headers and the body bytes the
 * router read, and the response status, headers and body bytes it wrote. Header names are case-insensitive.
 *
 * <p>Holds tokens (in the request body): keep it in memory, never log it. {@link #toString()} prints neither body.
 *
 * @param requestBody what the router read of the request body: all of it, except for a body refused as too large,
 *     of which it reads at most the limit
 */
@SuppressWarnings("ArrayRecordComponent") // bodies as sent, read by tests; never compared as records
public record RecordedExchange(
        String method,
        String path,
        Map<String, List<String>> requestHeaders,
        byte[] requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        byte[] responseBody) {

    public RecordedExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        requestHeaders = caseInsensitive(requestHeaders);
        responseHeaders = caseInsensitive(responseHeaders);
        requestBody = requestBody.clone();
        responseBody = responseBody.clone();
    }

    @Override
    public byte[] requestBody() {
        return requestBody.clone();
    }

    @Override
    public byte[] responseBody() {
        return responseBody.clone();
    }

    public String requestText() {
        return new String(requestBody, StandardCharsets.UTF_8);
    }

    public String responseText() {
        return new String(responseBody, StandardCharsets.UTF_8);
    }

    /** The first value of a request header, or {@code null}. */
    public @Nullable String requestHeader(String name) {
        List<String> values = requestHeaders.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a response header, or {@code null}. */
    public @Nullable String responseHeader(String name) {
        List<String> values = responseHeaders.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                copy.put(name, List.copyOf(values));
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Method, path and status only: the bodies carry tokens and personal data. */
    @Override
    public String toString() {
        return "RecordedExchange[" + method + " " + path + " -> " + status + "]";
    }
}
