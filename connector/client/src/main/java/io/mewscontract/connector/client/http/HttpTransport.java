package io.mewscontract.connector.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.client.error.InvalidRequestException;
import io.mewscontract.connector.client.error.LocalRateLimitException;
import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.connector.client.error.MewsInterruptedException;
import io.mewscontract.connector.client.error.Redactor;
import io.mewscontract.connector.client.error.RepeatedCursorException;
import io.mewscontract.connector.client.retry.FailureClass;
import io.mewscontract.connector.client.retry.RateLimiter;
import io.mewscontract.connector.client.retry.Retrier;
import io.mewscontract.connector.client.retry.RetryEvent;
import io.mewscontract.connector.client.retry.TimeSource;
import io.mewscontract.runtime.ClientTransport;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestEnvelope;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.Validator;
import io.mewscontract.runtime.Violation;
import io.mewscontract.runtime.WireHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Connector API transport over {@link HttpClient}: each call is one {@code POST} of a JSON body (the common
 * fields, then the operation's own) to the operation's exact path, retried as {@link FailureClass} allows within
 * the {@link io.mewscontract.connector.client.retry.RetryPolicy}.
 *
 * <p>Immutable and thread-safe; share one per set of tokens. Requests must already be valid (the generated
 * clients validate them through {@link io.mewscontract.runtime.ClientCalls}); the common fields are checked here
 * against each operation's validator, once.
 */
public final class HttpTransport implements ClientTransport {

    private static final System.Logger LOG = System.getLogger("io.mewscontract.connector.client");
    private static final String JSON = "application/json";

    private final TransportConfiguration configuration;
    private final HttpClient http;
    private final ObjectMapper mapper = JsonMappers.client();
    private final ResponseReader responses;
    private final Retrier retrier;
    private final TimeSource time;
    private final Redactor redactor;
    private final long budgetNanos;
    private final Duration connectTimeout;
    private final String userAgent;
    private final Map<String, URI> uris = new ConcurrentHashMap<>();
    private final Set<Validator<CommonRequestFields>> commonFieldsValidated = ConcurrentHashMap.newKeySet();

    public HttpTransport(TransportConfiguration configuration) {
        this.configuration = configuration;
        this.http = configuration.httpClient() != null ? configuration.httpClient() : newHttpClient(configuration);
        CommonRequestFields common = configuration.commonFields();
        this.redactor = new Redactor(List.of(common.clientToken(), common.accessToken()));
        this.responses = new ResponseReader(mapper, configuration.responseReading(), redactor);
        // A shared client keeps its own connect timeout; report the one that applied.
        this.connectTimeout = http.connectTimeout().orElse(configuration.connectTimeout());
        this.retrier = new Retrier(
                configuration.retryPolicy(), () -> ThreadLocalRandom.current().nextDouble());
        this.time = configuration.timeSource();
        this.budgetNanos = configuration.retryPolicy().totalBudget().toNanos();
        this.userAgent = "mews-connector-client (Java " + Runtime.version().feature() + ")";
    }

    private static HttpClient newHttpClient(TransportConfiguration configuration) {
        return HttpClient.newBuilder()
                .connectTimeout(configuration.connectTimeout())
                // HTTP/2 is negotiated through TLS; over plain HTTP (a local sandbox) the h2c upgrade dance only
                // costs a round of headers, and many test servers mishandle it.
                .version(
                        "https".equalsIgnoreCase(configuration.baseUri().getScheme())
                                ? HttpClient.Version.HTTP_2
                                : HttpClient.Version.HTTP_1_1)
                // A redirected POST would carry the tokens to wherever the redirect points.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public TransportConfiguration configuration() {
        return configuration;
    }

    @Override
    public <Q, R> R send(OperationDescriptor<Q, R> operation, Q request) {
        return exchange(operation, request).value();
    }

    @Override
    public <Q, R> CompletableFuture<R> sendAsync(OperationDescriptor<Q, R> operation, Q request) {
        return exchangeAsync(operation, request).thenApply(ApiResponse::value);
    }

    /**
     * Sends one request (retrying as allowed) and returns the response with its metadata.
     *
     * @throws MewsException when the call fails (see the subclasses); {@link InvalidRequestException} when the
     *     configured common fields break the operation's constraints or the request cannot be written as JSON
     */
    public <Q, R> ApiResponse<R> exchange(OperationDescriptor<Q, R> operation, Q request) {
        Call<Q, R> call = start(operation, request);
        while (true) {
            try {
                return attempt(call);
            } catch (MewsException failure) {
                Duration wait = nextWait(call, failure).orElseThrow(() -> call.finalFailure(failure));
                pause(call, wait);
            }
        }
    }

    /**
     * Like {@link #exchange}, without blocking. The future fails with the same exceptions {@link #exchange}
     * throws (unwrapped). Cancelling it stops further retries.
     */
    public <Q, R> CompletableFuture<ApiResponse<R>> exchangeAsync(OperationDescriptor<Q, R> operation, Q request) {
        Call<Q, R> call;
        try {
            call = start(operation, request);
        } catch (MewsException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        CompletableFuture<ApiResponse<R>> result = new CompletableFuture<>();
        attemptAsync(call, result);
        return result;
    }

    private <Q, R> Call<Q, R> start(OperationDescriptor<Q, R> operation, Q request) {
        requireValidCommonFields(operation);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(RequestEnvelope.merge(mapper, configuration.commonFields(), request));
        } catch (IOException | RuntimeException e) {
            // A value Jackson cannot write, or a record that writes a common field: the request is bad, not the
            // network. Jackson's message names Java types; the violation says what to fix.
            throw invalidRequest(
                    operation,
                    List.of(new Violation(
                            "$",
                            "cannot be written as JSON ("
                                    + (e instanceof IllegalArgumentException && e.getCause() == null
                                            ? e.getMessage()
                                            : e.getClass().getSimpleName())
                                    + ")")));
        }
        URI uri = uris.computeIfAbsent(operation.path(), this::resolve);
        return new Call<>(operation, uri, body, time.nanoTime());
    }

    private void requireValidCommonFields(OperationDescriptor<?, ?> operation) {
        Validator<CommonRequestFields> validator = operation.commonFieldsValidator();
        if (commonFieldsValidated.contains(validator)) {
            return;
        }
        List<Violation> violations = validator.validate(configuration.commonFields(), ValidationMode.CLIENT);
        if (!violations.isEmpty()) {
            throw invalidRequest(operation, violations);
        }
        commonFieldsValidated.add(validator);
    }

    /** The client's exception for a request that breaks the spec: an {@link InvalidRequestException}. */
    @Override
    public InvalidRequestException invalidRequest(OperationDescriptor<?, ?> operation, List<Violation> violations) {
        return new InvalidRequestException(operation.operationId(), operation.path(), violations);
    }

    /** The client's exception for a server that returns the cursor it was sent: a {@link RepeatedCursorException}. */
    @Override
    public RepeatedCursorException repeatedCursor(OperationDescriptor<?, ?> operation, Object cursor) {
        return new RepeatedCursorException(
                operation.operationId(), operation.path(), redactor.redact(cursor.toString()));
    }

    private URI resolve(String path) {
        String base = configuration.baseUri().toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    /** One blocking attempt: the limiter's wait, the exchange, and reading its response. */
    private <Q, R> ApiResponse<R> attempt(Call<Q, R> call) {
        pause(call, limiterWait(call));
        Duration timeout = attemptTimeout(call);
        call.attempts++;
        HttpResponse<byte[]> response;
        BoundedBody body = new BoundedBody(configuration.maxResponseBytes());
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(newRequest(call, timeout), body);
        try {
            // The whole exchange, body included, within the attempt's timeout: HttpClient's own timeout ends once
            // the headers are in, and a body that trickles in would keep the caller waiting without end.
            response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            HttpTimeoutException timedOut =
                    new HttpTimeoutException("the response did not arrive in full within " + timeout);
            body.abort(timedOut);
            exchange.cancel(true);
            throw TransportFailures.of(call.operation, call.uri, timedOut, timeout, connectTimeout);
        } catch (ExecutionException failed) {
            throw TransportFailures.ofAsync(call.operation, call.uri, failed, timeout, connectTimeout);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new MewsInterruptedException(call.operation.operationId(), call.operation.path(), e);
        }
        return read(call, response);
    }

    private <Q, R> void attemptAsync(Call<Q, R> call, CompletableFuture<ApiResponse<R>> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        Duration limiterWait;
        try {
            limiterWait = limiterWait(call);
        } catch (MewsException refused) {
            result.completeExceptionally(call.finalFailure(refused));
            return;
        }
        after(limiterWait, () -> sendAttemptAsync(call, result));
    }

    // The future of whenComplete is not needed: the callback completes `result`, which carries any failure.
    @SuppressWarnings("FutureReturnValueIgnored")
    private <Q, R> void sendAttemptAsync(Call<Q, R> call, CompletableFuture<ApiResponse<R>> result) {
        Duration timeout = attemptTimeout(call);
        call.attempts++;
        CompletableFuture<HttpResponse<byte[]>> exchange;
        BoundedBody body = new BoundedBody(configuration.maxResponseBytes());
        try {
            exchange = http.sendAsync(newRequest(call, timeout), body);
        } catch (RuntimeException unexpected) {
            result.completeExceptionally(unexpected);
            return;
        }
        // The whole exchange within the attempt's timeout, as in the blocking path.
        CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .execute(() ->
                        body.abort(new HttpTimeoutException("the response did not arrive in full within " + timeout)));
        exchange.whenComplete((response, error) -> {
            try {
                if (error != null) {
                    throw TransportFailures.ofAsync(call.operation, call.uri, error, timeout, connectTimeout);
                }
                result.complete(read(call, response));
            } catch (MewsException failure) {
                Optional<Duration> wait = nextWait(call, failure);
                if (wait.isEmpty()) {
                    result.completeExceptionally(call.finalFailure(failure));
                } else {
                    after(wait.get(), () -> attemptAsync(call, result));
                }
            } catch (RuntimeException | Error unexpected) {
                result.completeExceptionally(unexpected);
            }
        });
    }

    @SuppressWarnings("FutureReturnValueIgnored") // `next` reports its own outcome
    private void after(Duration wait, Runnable next) {
        if (wait.isZero()) {
            next.run();
        } else {
            time.delay(wait).whenComplete((ignored, error) -> next.run());
        }
    }

    private HttpRequest newRequest(Call<?, ?> call, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.body))
                .timeout(timeout)
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .header("User-Agent", userAgent);
        if (configuration.preferMinimal()) {
            request.header(WireHeaders.PREFER, WireHeaders.RETURN_MINIMAL);
        }
        return request.build();
    }

    /** The request timeout, cut to what is left of the budget. */
    private Duration attemptTimeout(Call<?, ?> call) {
        long left = budgetNanos - (time.nanoTime() - call.startNanos);
        Duration timeout = configuration.requestTimeout();
        return left < timeout.toNanos() ? Duration.ofNanos(Math.max(left, 1_000_000L)) : timeout;
    }

    private Duration limiterWait(Call<?, ?> call) {
        RateLimiter limiter = configuration.rateLimiter();
        if (limiter == null) {
            return Duration.ZERO;
        }
        long now = time.nanoTime();
        long left = budgetNanos - (now - call.startNanos);
        long wait = limiter.reserve(now, left);
        if (wait < 0) {
            throw new LocalRateLimitException(
                    call.operation.operationId(),
                    call.operation.path(),
                    Duration.ofNanos(limiter.peekWait(now)),
                    Duration.ofNanos(Math.max(left, 0)));
        }
        return Duration.ofNanos(wait);
    }

    private void pause(Call<?, ?> call, Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw call.finalFailure(
                    new MewsInterruptedException(call.operation.operationId(), call.operation.path(), e));
        }
    }

    /** The response's value with its metadata, or the exception its status calls for. */
    private <Q, R> ApiResponse<R> read(Call<Q, R> call, HttpResponse<byte[]> response) {
        ResponseReader.Read<R> read = responses.read(call.operation, response, time.now());
        R value = read.value();
        ResponseMetadata metadata = new ResponseMetadata(
                call.operation.operationId(),
                response.statusCode(),
                responses.requestId(response),
                call.attempts,
                call.elapsed(time.nanoTime()),
                read.violations());
        if (!read.violations().isEmpty()) {
            // Paths and what was wrong, never values: the body may hold anything.
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> metadata.operationId() + ": the response breaks the spec," + " read leniently: "
                            + read.violations() + " [Request-Id: " + metadata.requestId() + "]");
            notifyListener(() -> configuration.listener().onContractViolations(metadata));
        }
        LOG.log(
                System.Logger.Level.DEBUG,
                () -> metadata.operationId() + ": " + metadata.status() + " after "
                        + metadata.attempts() + " attempt(s) in "
                        + metadata.elapsed().toMillis() + " ms [Request-Id: "
                        + metadata.requestId() + "]");
        notifyListener(() -> configuration.listener().onResponse(metadata));
        return new ApiResponse<>(value, metadata);
    }

    /** The wait before retrying after {@code failure}, reported to the log and the listener; empty: give up. */
    private Optional<Duration> nextWait(Call<?, ?> call, MewsException failure) {
        Duration elapsed = call.elapsed(time.nanoTime());
        Optional<Duration> wait = retrier.nextWait(call.operation.kind(), failure, call.attempts, elapsed);
        if (wait.isPresent()) {
            call.earlierFailures.add(failure);
            RetryEvent event = new RetryEvent(
                    call.operation.operationId(),
                    call.attempts,
                    failure,
                    FailureClass.of(failure),
                    wait.get(),
                    elapsed);
            LOG.log(System.Logger.Level.INFO, event::toString);
            notifyListener(() -> configuration.listener().onRetry(event));
        }
        return wait;
    }

    private static void notifyListener(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException listenerFailure) {
            LOG.log(System.Logger.Level.WARNING, "A CallListener failed; the call goes on", listenerFailure);
        }
    }

    @Override
    public String toString() {
        return "HttpTransport[" + configuration + "]";
    }
}
