package io.mewscontract.connector.client.error;

import java.io.IOException;
import java.time.Duration;

/**
 * The client stopped waiting: the connection was not established within the connect timeout, or the response
 * did not arrive within the request timeout (or what was left of the call's time budget). A timed-out request
 * may still be processed by the server, so writes are not retried after one.
 *
 * <p>Not to be confused with {@link RequestTimeoutException}, the server's own {@code 408} answer.
 */
public final class MewsTimeoutException extends MewsException {

    /** Which wait ran out. */
    public enum Phase {
        /** Opening the connection. */
        CONNECT,
        /** Waiting for the response after the request was (at least partly) sent. */
        RESPONSE
    }

    private final Phase phase;
    private final Duration timeout;

    /** @param server the {@code host:port} the client was talking to, named in the message */
    public MewsTimeoutException(
            String operationId, String path, String server, Phase phase, Duration timeout, IOException cause) {
        super(
                operationId,
                path,
                operationId + " timed out "
                        + (phase == Phase.CONNECT ? "connecting to " : "waiting for the response of ") + server
                        + " after " + timeout.toMillis()
                        + " ms",
                cause);
        this.phase = phase;
        this.timeout = timeout;
    }

    public Phase phase() {
        return phase;
    }

    /** The timeout that ran out. */
    public Duration timeout() {
        return timeout;
    }
}
