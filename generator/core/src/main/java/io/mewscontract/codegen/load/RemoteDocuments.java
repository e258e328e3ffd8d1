package io.mewscontract.codegen.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a document a spec refers to over {@code http(s)}, only when {@link ReferenceGuard} allowed it (which
 * the person running the generator must have asked for). The text then goes through {@link SpecDocument} like
 * any file; the OpenAPI parser never opens a connection itself.
 */
final class RemoteDocuments {

    /** Four bytes per code point at most: the size {@link SpecDocument} would read anyway. */
    static final long MAX_BYTES = 4L * SpecDocument.MAX_CODE_POINTS;

    /**
     * Made on the first fetch, not before: building an {@link HttpClient} sets up TLS (a few hundred
     * milliseconds of class loading and key material), which a spec without remote references must not pay.
     */
    private @Nullable HttpClient client;

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            made = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL) // never from https to http
                    .build();
            client = made;
        }
        return made;
    }

    /** The document's text; a failure is an {@link IOException} whose message names the URL and what failed. */
    String fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/yaml, application/json;q=0.9, */*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + uri, e);
        } catch (IOException e) {
            throw new IOException("Cannot fetch " + uri + ": " + e, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("Cannot fetch " + uri + ": HTTP status " + response.statusCode());
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
            if (bytes.length > MAX_BYTES) {
                throw new IOException("Cannot fetch " + uri + ": larger than " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
