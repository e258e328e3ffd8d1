package io.mewscontract.connector.client.retry;

import io.mewscontract.connector.client.error.MewsConnectionException;
import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.connector.client.error.MewsTimeoutException;
import io.mewscontract.connector.client.error.RequestTimeoutException;
import io.mewscontract.connector.client.error.ServerErrorException;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.runtime.OperationKind;

/**
 * The retry table: which failures may be retried, for reads and for writes. This is the only place that decides
 * it.
 *
 * <p>A read changes nothing, so any failure that may be transient is retried. A write is retried only when the
 * server provably did not process it: it answered 429 (refused before processing), or the connection was
 * refused before a byte was sent. A timeout, a lost connection, a 408 or a 5xx prove nothing (the server may
 * have stored the payment request and failed afterwards), and a duplicated payment request is worse than an
 * error the caller sees.
 */
public enum FailureClass {
    //                  read   write
    /** 429: the server refused the request without processing it. */
    TOO_MANY_REQUESTS(true, true),
    /** The connection was refused ({@link java.net.ConnectException}): nothing was sent. */
    CONNECTION_REFUSED(true, true),
    /** 408: the server gave up on a heavy request, possibly after doing part of it. */
    REQUEST_TIMEOUT(true, false),
    /** 5xx other than 501: a fault on the server, possibly after processing. */
    SERVER_ERROR(true, false),
    /** The connection broke after the request (or part of it) was sent. */
    CONNECTION_LOST(true, false),
    /** The client stopped waiting; the server may still process the request. */
    CLIENT_TIMEOUT(true, false),
    /**
     * Everything else (4xx other than 408 and 429, 501 Not Implemented, unreadable success bodies, ...): retrying
     * cannot help.
     */
    PERMANENT(false, false);

    private final boolean retryRead;
    private final boolean retryWrite;

    FailureClass(boolean retryRead, boolean retryWrite) {
        this.retryRead = retryRead;
        this.retryWrite = retryWrite;
    }

    /** Whether a failure of this class may be retried for an operation of {@code kind}. */
    public boolean retryable(OperationKind kind) {
        return kind == OperationKind.READ ? retryRead : retryWrite;
    }

    /** The class of a failure. */
    public static FailureClass of(MewsException failure) {
        if (failure instanceof TooManyRequestsException) {
            return TOO_MANY_REQUESTS;
        }
        if (failure instanceof MewsConnectionException connection) {
            return connection.requestNotSent() ? CONNECTION_REFUSED : CONNECTION_LOST;
        }
        if (failure instanceof RequestTimeoutException) {
            return REQUEST_TIMEOUT;
        }
        if (failure instanceof ServerErrorException serverError) {
            // 501: the server does not serve this operation at all; it will not start to between attempts.
            return serverError.status() == 501 ? PERMANENT : SERVER_ERROR;
        }
        if (failure instanceof MewsTimeoutException) {
            return CLIENT_TIMEOUT;
        }
        return PERMANENT;
    }
}
