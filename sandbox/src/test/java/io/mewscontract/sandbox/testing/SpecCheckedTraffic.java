package io.mewscontract.sandbox.testing;

import io.mewscontract.conformance.checks.SpecTrafficValidator;
import io.mewscontract.sandbox.http.ExchangeObserver;
import io.mewscontract.sandbox.http.RecordedExchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks every exchange the sandbox serves against the spec, with the conformance module's
 * {@link SpecTrafficValidator}: each request the client sent and each response the sandbox returned, exactly as
 * they crossed the wire. Tests that send a deliberately broken request mark it with {@link #BROKEN_ON_PURPOSE};
 * its response is still checked (errors must have the spec's error shape).
 */
public final class SpecCheckedTraffic implements ExchangeObserver {
    /** A request header that says "this request breaks the spec on purpose; check only the response". */
    public static final String BROKEN_ON_PURPOSE = "X-Test-Broken-On-Purpose";

    private static final SpecTrafficValidator VALIDATOR =
            SpecTrafficValidator.forLocation("io/mewscontract/spec/mews-connector-api.yaml");

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
    private final AtomicInteger requestsChecked = new AtomicInteger();
    private final AtomicInteger responsesChecked = new AtomicInteger();

    private final List<String> pathsBrokenOnPurpose = new CopyOnWriteArrayList<>();

    /**
     * Requests to {@code path} (one the spec does not declare) are sent there on purpose, e.g. by a client with a
     * misconfigured base address: check only their responses.
     */
    public void expectRequestsTo(String path) {
        pathsBrokenOnPurpose.add(path);
    }

    @Override
    public void observe(RecordedExchange exchange) {
        exchanges.add(exchange);
        if (exchange.requestHeader(BROKEN_ON_PURPOSE) == null
                && !pathsBrokenOnPurpose.contains(exchange.path())
                && wholeBodyRead(exchange)) {
            requestsChecked.incrementAndGet();
            VALIDATOR
                    .checkRequest(exchange.method(), exchange.path(), exchange.requestHeaders(), exchange.requestText())
                    .forEach(problem -> violations.add(exchange + " request: " + problem));
        }
        responsesChecked.incrementAndGet();
        VALIDATOR
                .checkResponse(
                        exchange.method(),
                        exchange.path(),
                        exchange.status(),
                        exchange.responseHeaders(),
                        exchange.responseText())
                .forEach(problem -> violations.add(exchange + " response: " + problem));
    }

    /** A body refused as too large is not read (or not to its end): there is nothing whole to check. */
    private static boolean wholeBodyRead(RecordedExchange exchange) {
        String declared = exchange.requestHeader("Content-Length");
        return declared == null || Long.parseLong(declared.trim()) == exchange.requestBody().length;
    }

    /** Every exchange seen so far, in the order they completed. */
    public List<RecordedExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public int requestsChecked() {
        return requestsChecked.get();
    }

    public int responsesChecked() {
        return responsesChecked.get();
    }

    /**
     * Waits until {@code count} exchanges have been observed: the observer runs after the response is written, so a
     * client can see a response a moment before its exchange is recorded.
     */
    public List<RecordedExchange> awaitExchanges(int count) {
        awaitUntil(() -> exchanges.size() >= count);
        return new ArrayList<>(exchanges);
    }

    /**
     * The exchange whose response carried this {@code Request-Id}, waiting for it to be recorded. Finding exchanges by
     * id, not by position, keeps tests right when exchanges of earlier calls are recorded late.
     */
    public RecordedExchange awaitExchange(String requestId) {
        awaitUntil(() -> find(requestId) != null);
        RecordedExchange exchange = find(requestId);
        if (exchange == null) {
            throw new AssertionError("No exchange with Request-Id " + requestId + " was recorded");
        }
        return exchange;
    }

    private @org.jspecify.annotations.Nullable RecordedExchange find(String requestId) {
        return exchanges.stream()
                .filter(e -> requestId.equals(e.responseHeader("Request-Id")))
                .findFirst()
                .orElse(null);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
