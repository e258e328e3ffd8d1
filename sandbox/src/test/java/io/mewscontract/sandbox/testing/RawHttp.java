package io.mewscontract.sandbox.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests the generated client would never send (wrong paths, methods, broken JSON, constraints the client checks
 * before sending): what curl or another language's client may send. Marked {@link SpecCheckedTraffic#BROKEN_ON_PURPOSE}
 * unless told otherwise, so only their responses are held to the spec.
 */
public final class RawHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RawHttp() {}

    public static HttpResponse<String> post(URI base, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header(SpecCheckedTraffic.BROKEN_ON_PURPOSE, "true")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request that fits the spec: its request is checked too. */
    public static HttpResponse<String> postValid(URI base, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("The request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** A request body with the first demo pair's tokens and {@code ownProperties} (a JSON object's inner text). */
    public static String body(String ownProperties) {
        return "{\"ClientToken\":\"" + Clients.DEMO.clientToken() + "\",\"AccessToken\":\"" + Clients.DEMO.accessToken()
                + "\",\"Client\":\"raw 1.0\"" + (ownProperties.isBlank() ? "" : "," + ownProperties) + "}";
    }
}
