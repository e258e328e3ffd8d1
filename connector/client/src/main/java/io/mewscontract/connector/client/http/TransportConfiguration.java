package io.mewscontract.connector.client.http;

import io.mewscontract.connector.client.retry.RateLimiter;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.retry.TimeSource;
import io.mewscontract.runtime.CommonRequestFields;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything an {@link HttpTransport} needs, fixed when it is built. Usually assembled by
 * {@code MewsConnectorClient.builder()}.
 *
 * @param baseUri the platform address, e.g. {@code https://api.mews-demo.com}; operation paths are appended
 * @param commonFields the tokens, client name and language every request carries
 * @param connectTimeout the longest wait for a connection (applies only when the transport builds its own
 *     {@link HttpClient}; a shared client keeps its own setting)
 * @param requestTimeout the longest wait for one attempt's response
 * @param retryPolicy attempts, time budget and backoff
 * @param preferMinimal whether to send {@code Prefer: return=minimal}, so empty pages come back as {@code 204}
 * @param rateLimiter spaces requests on the client, or {@code null} for none
 * @param listener observes responses and retries
 * @param timeSource the clock and the waiting between attempts
 * @param httpClient a client to share, or {@code null} to build one
 */
public record TransportConfiguration(
        URI baseUri,
        CommonRequestFields commonFields,
        Duration connectTimeout,
        Duration requestTimeout,
        RetryPolicy retryPolicy,
        boolean preferMinimal,
        @Nullable RateLimiter rateLimiter,
        CallListener listener,
        TimeSource timeSource,
        @Nullable HttpClient httpClient) {

    public TransportConfiguration {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(commonFields, "commonFields");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(timeSource, "timeSource");
    }

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "TransportConfiguration[baseUri=" + baseUri + ", commonFields=" + commonFields
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", retryPolicy=" + retryPolicy + ", preferMinimal=" + preferMinimal
                + ", rateLimiter=" + rateLimiter + ", sharedHttpClient=" + (httpClient != null) + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, is " + duration);
        }
    }
}
