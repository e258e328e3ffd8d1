package io.mewscontract.connector.client.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call to the Connector API failed. Every failure the client throws (or fails a future with) for a value or an
 * answer is one of the permitted subclasses, so {@code catch (MewsException e)} covers them all: a request that
 * breaks the spec's constraints ({@link InvalidRequestException}, nothing sent), every error status, a lost
 * connection, a timeout, an answer that cannot be read, a server repeating a cursor while paging, the client-side
 * rate limiter and an interrupted caller.
 * Only misuse of the API itself (a {@code null} operation descriptor, an invalid builder setting) throws the
 * JDK's own {@code NullPointerException} or {@code IllegalArgumentException}.
 *
 * <p>When a call was retried, the failures of earlier attempts are attached as {@linkplain #getSuppressed()
 * suppressed} exceptions of the one thrown.
 */
public abstract sealed class MewsException extends RuntimeException
        permits InvalidRequestException,
                MewsApiException,
                MewsConnectionException,
                MewsTimeoutException,
                UnreadableResponseException,
                ContractViolationException,
                RepeatedCursorException,
                LocalRateLimitException,
                MewsInterruptedException {

    private final String operationId;
    private final String path;

    MewsException(String operationId, String path, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.operationId = Objects.requireNonNull(operationId, "operationId");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The spec's id of the failed operation, e.g. {@code addPaymentRequests}. */
    public String operationId() {
        return operationId;
    }

    /** The request path of the failed operation, e.g. {@code /api/connector/v1/paymentRequests/add}. */
    public String path() {
        return path;
    }
}
