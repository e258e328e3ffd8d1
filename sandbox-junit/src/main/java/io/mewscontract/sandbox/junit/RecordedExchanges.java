package io.mewscontract.sandbox.junit;

import io.mewscontract.sandbox.http.ExchangeObserver;
import io.mewscontract.sandbox.http.RecordedExchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every HTTP exchange the sandbox served, in the order they finished, exactly as they went over the wire: for
 * assertions on what an integration sent ({@code exchanges.last().requestText()}) and how often it called.
 *
 * <p>A client can read its response a moment before the sandbox has recorded the exchange; every read here first
 * waits (up to five seconds) until no exchange is in flight, so a test that made a call sees it. Thread-safe.
 *
 * <p>Request bodies hold the tokens: assert on them, never print them ({@link RecordedExchange#toString()} leaves
 * the bodies out).
 */
public final class RecordedExchanges implements ExchangeObserver {
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(5);

    private final List<RecordedExchange> recorded = new ArrayList<>();
    private int inFlight;

    RecordedExchanges() {}

    @Override
    public synchronized void started() {
        inFlight++;
    }

    @Override
    public synchronized void observe(RecordedExchange exchange) {
        recorded.add(exchange);
        inFlight--;
        notifyAll();
    }

    /** Every exchange so far, oldest first. */
    public List<RecordedExchange> all() {
        synchronized (this) {
            settle();
            return List.copyOf(recorded);
        }
    }

    /**
     * The exchanges of one operation, oldest first.
     *
     * @param operation {@code resource/operation} as in the path, e.g. {@code paymentRequests/add}
     */
    public List<RecordedExchange> of(String operation) {
        String suffix = "/" + operation;
        return all().stream()
                .filter(exchange -> exchange.path().endsWith(suffix))
                .toList();
    }

    /** The exchange that finished last. */
    public RecordedExchange last() {
        List<RecordedExchange> all = all();
        if (all.isEmpty()) {
            throw new NoSuchElementException("The sandbox has served no request yet");
        }
        return all.get(all.size() - 1);
    }

    /** How many exchanges there were. */
    public int size() {
        return all().size();
    }

    /** Forgets the exchanges so far (a per-class sandbox keeps them across tests otherwise). */
    public synchronized void clear() {
        settle();
        recorded.clear();
    }

    private void settle() {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(inFlight + " exchange(s) still in flight after " + SETTLE_TIMEOUT);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for exchanges in flight", e);
            }
        }
    }

    @Override
    public synchronized String toString() {
        return "RecordedExchanges[" + recorded.size() + " recorded, " + inFlight + " in flight]";
    }
}
