package io.mewscontract.connector.client.error;

import java.io.IOException;

/**
 * No response arrived because the connection could not be made or was lost.
 *
 * <p>{@link #requestNotSent()} separates the one case that proves the server never saw the request (the
 * connection was refused, {@link java.net.ConnectException}) from every other, where some or all of the request
 * may have reached the server. Only the first lets a write be retried safely.
 */
public final class MewsConnectionException extends MewsException {

    private final String server;
    private final boolean requestNotSent;

    /** @param server the {@code host:port} the client was connecting to, named in the message */
    public MewsConnectionException(
            String operationId, String path, String server, boolean requestNotSent, IOException cause) {
        super(operationId, path, describe(operationId, server, requestNotSent, cause), cause);
        this.server = server;
        this.requestNotSent = requestNotSent;
    }

    /** The {@code host:port} the client was connecting to. */
    public String server() {
        return server;
    }

    /** Whether the connection failed before any byte of the request was sent, so it certainly was not processed. */
    public boolean requestNotSent() {
        return requestNotSent;
    }

    private static String describe(String operationId, String server, boolean requestNotSent, IOException cause) {
        String reason = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName()
                : cause.getMessage();
        return operationId
                + (requestNotSent
                        ? " failed: could not connect to " + server + " (" + reason + "); the request was not sent"
                        : " failed: the connection to " + server + " was lost (" + reason
                                + "); the request may have been" + " processed");
    }
}
