package io.mewscontract.connector.client.http;

import io.mewscontract.connector.client.retry.RetryEvent;

/**
 * Observes a client's calls: every successful response (with its {@code Request-Id}) and every retry. Methods are
 * called on the calling thread for blocking calls and on the HTTP client's threads for asynchronous ones, so
 * they must be thread-safe and quick. An exception a listener throws is logged and otherwise ignored: observing
 * a call never fails it.
 *
 * <p>Retries are also logged at {@code INFO} and responses at {@code DEBUG} through the {@link System.Logger}
 * named {@code io.mewscontract.connector.client}; neither ever contains a token.
 */
public interface CallListener {

    /** A call succeeded. */
    default void onResponse(ResponseMetadata response) {}

    /**
     * A success's body broke the spec and was read leniently ({@link ResponseReading#LENIENT}): the call returns
     * the typed value with {@code null} where a value could not be read; {@link ResponseMetadata#violations()} says
     * where. Called before {@link #onResponse}.
     */
    default void onContractViolations(ResponseMetadata response) {}

    /** An attempt failed and the call will try again after {@link RetryEvent#delay()}. */
    default void onRetry(RetryEvent retry) {}

    /** A listener that ignores everything. */
    static CallListener none() {
        return new CallListener() {};
    }
}
