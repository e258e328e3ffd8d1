package io.mewscontract.conformance.suite;

import io.mewscontract.conformance.checks.SpecTrafficValidator;
import io.mewscontract.sandbox.http.ExchangeObserver;
import io.mewscontract.sandbox.http.RecordedExchange;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates every exchange a sandbox serves against the spec, exactly as it crossed the wire: the request the
 * client sent and the response the sandbox answered. Problems name the exchange (method, path, status), never a
 * body or a token.
 */
final class TrafficRecorder implements ExchangeObserver {

    private final SpecTrafficValidator validator;
    private final AtomicInteger exchanges = new AtomicInteger();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    TrafficRecorder(SpecTrafficValidator validator) {
        this.validator = validator;
    }

    @Override
    public void observe(RecordedExchange exchange) {
        validator
                .checkRequest(exchange.method(), exchange.path(), exchange.requestHeaders(), exchange.requestText())
                .forEach(p -> problems.add(exchange + " request: " + p));
        validator
                .checkResponse(
                        exchange.method(),
                        exchange.path(),
                        exchange.status(),
                        exchange.responseHeaders(),
                        exchange.responseText())
                .forEach(p -> problems.add(exchange + " response: " + p));
        exchanges.incrementAndGet(); // last: a waiter that sees the count sees the problems
    }

    int exchanges() {
        return exchanges.get();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Waits until {@code count} exchanges were validated: the sandbox shows an exchange to its observer after the
     * response is written, so a client can hold the response a moment before it is recorded.
     *
     * @return whether they were, within five seconds
     */
    boolean await(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (exchanges.get() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }
}
