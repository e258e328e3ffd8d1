package io.mewscontract.sandbox.http;

/**
 * Sees every HTTP exchange the sandbox served, after its response was written: for tests that check the traffic
 * against the spec, or count requests. Called on the server's request threads, concurrently: implementations must be
 * thread-safe and quick. An exception thrown here is logged; the exchange it observed is already answered.
 */
@FunctionalInterface
public interface ExchangeObserver {
    void observe(RecordedExchange exchange);

    /**
     * Called when a request arrives, before it is handled: with {@link #observe}, tells which exchanges are still in
     * flight (a client may read its response before the exchange is observed). Does nothing by default.
     */
    default void started() {}
}
