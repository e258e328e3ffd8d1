package io.mewscontract.connector.client;

import io.mewscontract.connector.client.http.ApiResponse;
import io.mewscontract.connector.client.http.CallListener;
import io.mewscontract.connector.client.http.HttpTransport;
import io.mewscontract.connector.client.http.ResponseReading;
import io.mewscontract.connector.client.http.TransportConfiguration;
import io.mewscontract.connector.client.retry.RateLimiter;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.retry.TimeSource;
import io.mewscontract.runtime.ClientCalls;
import io.mewscontract.runtime.ClientTransport;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.OperationDescriptor;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The Mews Connector API client. Build one per set of tokens with {@link #builder()}, then call operations
 * through the resource groups: {@code client.paymentRequests().add(...)},
 * {@code client.preauthorizations().getAllByCustomers(...)}. The group accessors are inherited from the generated
 * {@link ConnectorClient}, so a group the spec adds appears here without a hand edit.
 *
 * <p>Immutable and thread-safe once built: share one instance across threads. Every call validates its request
 * against the spec before sending (all violations in one
 * {@link io.mewscontract.connector.client.error.InvalidRequestException}, nothing sent),
 * maps error statuses to {@link io.mewscontract.connector.client.error.MewsException}'s subclasses, and retries
 * what is safe to retry ({@link io.mewscontract.connector.client.retry.FailureClass}).
 */
public final class MewsConnectorClient extends ConnectorClient {

    private final Environment environment;
    private final HttpTransport transport;

    private MewsConnectorClient(Environment environment, HttpTransport transport) {
        super(transport);
        this.environment = environment;
        this.transport = transport;
    }

    /** A builder; {@link Builder#environment}, both tokens and {@link Builder#client} are required. */
    public static Builder builder() {
        return new Builder();
    }

    public Environment environment() {
        return environment;
    }

    /** The settings this client was built with (tokens redacted in its {@code toString()}). */
    public TransportConfiguration configuration() {
        return transport.configuration();
    }

    /** The transport every resource group sends through; for code that works with generated interfaces directly. */
    public ClientTransport transport() {
        return transport;
    }

    /**
     * Calls one operation and returns the response with its metadata (the {@code Request-Id} above all). The
     * resource groups' methods return the response alone; use this when you need the metadata of one call, or a
     * {@link CallListener} for all of them.
     *
     * @param operation a descriptor from a generated {@code *Operations} class
     * @throws io.mewscontract.connector.client.error.MewsException if the call fails; an
     *     {@link io.mewscontract.connector.client.error.InvalidRequestException} if the request breaks a
     *     constraint of the spec (nothing is sent)
     */
    public <Q, R> ApiResponse<R> exchange(OperationDescriptor<Q, R> operation, Q request) {
        return transport.exchange(operation, ClientCalls.requireValid(transport, operation, request));
    }

    /** Like {@link #exchange}, without blocking: the future fails with the exceptions {@link #exchange} throws. */
    public <Q, R> CompletableFuture<ApiResponse<R>> exchangeAsync(OperationDescriptor<Q, R> operation, Q request) {
        try {
            ClientCalls.requireValid(transport, operation, request);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return transport.exchangeAsync(operation, request);
    }

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "MewsConnectorClient[environment=" + environment.name() + ", " + transport.configuration() + "]";
    }

    /** Collects a client's settings. Not thread-safe; the client it builds is. */
    public static final class Builder {
        private @Nullable Environment environment;
        private @Nullable String clientToken;
        private @Nullable String accessToken;
        private @Nullable String clientName;
        private @Nullable String clientVersion;
        private @Nullable String languageCode;
        private @Nullable String cultureCode;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private @Nullable HttpClient httpClient;
        private boolean preferMinimal;
        private @Nullable RateLimiter rateLimiter;
        private CallListener listener = CallListener.none();
        private TimeSource timeSource = TimeSource.system();
        private long maxResponseBytes = TransportConfiguration.DEFAULT_MAX_RESPONSE_BYTES;
        private ResponseReading responseReading = ResponseReading.LENIENT;

        private Builder() {}

        /** Where requests go: {@link Environment#DEMO}, {@link Environment#PRODUCTION} or a custom address. */
        public Builder environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** The token identifying your integration ({@code ClientToken}). A secret: never printed. */
        public Builder clientToken(String clientToken) {
            this.clientToken = requireToken(clientToken, "clientToken");
            return this;
        }

        /** The token of the property or portfolio ({@code AccessToken}). A secret: never printed. */
        public Builder accessToken(String accessToken) {
            this.accessToken = requireToken(accessToken, "accessToken");
            return this;
        }

        /** Your application's name and version, sent as {@code Client} ({@code "name version"}). */
        public Builder client(String name, String version) {
            this.clientName = requireText(name, "client name");
            this.clientVersion = requireText(version, "client version");
            return this;
        }

        /**
         * The language and culture of texts in responses, e.g. {@code ("en-US", "en-US")}. The API applies them
         * only together, so both are required; leave out the call for the enterprise's defaults.
         */
        public Builder language(String languageCode, String cultureCode) {
            this.languageCode = requireText(languageCode, "languageCode");
            this.cultureCode = requireText(cultureCode, "cultureCode");
            return this;
        }

        /** The longest wait for a connection (default 10 s). Ignored with a shared {@link #httpClient}. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** The longest wait for one attempt's response (default 30 s). */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Attempts, total time budget and backoff (default {@link RetryPolicy#defaults()}). */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * An {@link HttpClient} to share with other code (its connection pool, executor, proxy and TLS settings).
         * Without one, the client builds its own: HTTP/2 over TLS, no redirects, {@link #connectTimeout}.
         * A shared client should not follow redirects either: a redirected request carries the tokens.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Whether to send {@code Prefer: return=minimal} (default off): the server then answers {@code 204 No
         * Content} instead of an empty page or result, which the client turns back into the empty value.
         */
        public Builder preferMinimal(boolean preferMinimal) {
            this.preferMinimal = preferMinimal;
            return this;
        }

        /**
         * Spaces requests on the client (default: none). Use {@link RateLimiter#forMewsAccessToken()} and share
         * the instance between all clients built with the same access token.
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        /** Observes every response (with its {@code Request-Id}) and every retry. */
        public Builder listener(CallListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The largest response body the client reads into memory, in bytes (default 64 MiB, far above any page of
         * the Connector API). A larger one fails the call with
         * {@link io.mewscontract.connector.client.error.UnreadableResponseException} and is not retried.
         *
         * @throws IllegalArgumentException if not from 1 to {@link TransportConfiguration#LARGEST_MAX_RESPONSE_BYTES}
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1 || maxResponseBytes > TransportConfiguration.LARGEST_MAX_RESPONSE_BYTES) {
                throw new IllegalArgumentException("maxResponseBytes must be from 1 to "
                        + TransportConfiguration.LARGEST_MAX_RESPONSE_BYTES + ", is " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * What a success whose body breaks the spec gives the caller (default {@link ResponseReading#LENIENT}: the
         * typed value, violations reported to the {@link #listener} and the log).
         */
        public Builder responseReading(ResponseReading responseReading) {
            this.responseReading = Objects.requireNonNull(responseReading, "responseReading");
            return this;
        }

        /** The clock and the waits between attempts; replace it only in tests. */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * @throws IllegalStateException if a required setting is missing
         * @throws IllegalArgumentException if the timeouts are not positive
         */
        public MewsConnectorClient build() {
            Environment environment = require(
                    this.environment,
                    "environment (Environment.DEMO, " + "Environment.PRODUCTION or Environment.custom(...))");
            String clientToken = require(this.clientToken, "clientToken");
            String accessToken = require(this.accessToken, "accessToken");
            String name = require(this.clientName, "client(name, version)");
            CommonRequestFields common = CommonRequestFields.of(clientToken, accessToken, name + " " + clientVersion)
                    .withLanguage(languageCode, cultureCode);
            TransportConfiguration configuration = new TransportConfiguration(
                    environment.baseUri(),
                    common,
                    connectTimeout,
                    requestTimeout,
                    retryPolicy,
                    preferMinimal,
                    rateLimiter,
                    listener,
                    timeSource,
                    httpClient,
                    maxResponseBytes,
                    responseReading);
            return new MewsConnectorClient(environment, new HttpTransport(configuration));
        }

        /** Never prints the tokens. */
        @Override
        public String toString() {
            return "MewsConnectorClient.Builder[environment=" + environment + ", clientToken="
                    + (clientToken == null ? "unset" : "***") + ", accessToken="
                    + (accessToken == null ? "unset" : "***") + ", client=" + clientName + " " + clientVersion + "]";
        }

        private static <T> T require(@Nullable T value, String what) {
            if (value == null) {
                throw new IllegalStateException("MewsConnectorClient needs " + what + " before build()");
            }
            return value;
        }

        private static String requireToken(String token, String name) {
            Objects.requireNonNull(token, name);
            if (token.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            if (!token.equals(token.strip())) {
                // A copied token with a trailing newline fails with a confusing 401; say so here instead.
                throw new IllegalArgumentException(name + " has leading or trailing whitespace");
            }
            return token;
        }

        private static String requireText(String text, String name) {
            Objects.requireNonNull(text, name);
            if (text.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return text.strip();
        }
    }
}
