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
 * @param maxResponseBytes the largest response body read into memory; a larger one fails the call with
 *     {@code UnreadableResponseException}, not retried
 * @param responseReading what a success whose body breaks the spec gives the caller
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
        @Nullable HttpClient httpClient,
        long maxResponseBytes,
        ResponseReading responseReading) {

    /**
     * The default response size limit: 64 MiB, far above any page of the Connector API (a page of 1,000 payment
     * requests is about 1 MiB).
     */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    /** The largest limit: what one Java array can hold. */
    public static final long LARGEST_MAX_RESPONSE_BYTES = Integer.MAX_VALUE - 8;

    public TransportConfiguration {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(commonFields, "commonFields");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(timeSource, "timeSource");
        Objects.requireNonNull(responseReading, "responseReading");
        if (maxResponseBytes < 1 || maxResponseBytes > LARGEST_MAX_RESPONSE_BYTES) {
            throw new IllegalArgumentException(
                    "maxResponseBytes must be from 1 to " + LARGEST_MAX_RESPONSE_BYTES + ", is " + maxResponseBytes);
        }
    }

    /** With the default response size limit and {@link ResponseReading#LENIENT} reading. */
    public TransportConfiguration(
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
        this(
                baseUri,
                commonFields,
                connectTimeout,
                requestTimeout,
                retryPolicy,
                preferMinimal,
                rateLimiter,
                listener,
                timeSource,
                httpClient,
                DEFAULT_MAX_RESPONSE_BYTES,
                ResponseReading.LENIENT);
    }

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "TransportConfiguration[baseUri=" + baseUri + ", commonFields=" + commonFields
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", retryPolicy=" + retryPolicy + ", preferMinimal=" + preferMinimal
                + ", rateLimiter=" + rateLimiter + ", sharedHttpClient=" + (httpClient != null)
                + ", maxResponseBytes=" + maxResponseBytes + ", responseReading=" + responseReading + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, is " + duration);
        }
    }
}
