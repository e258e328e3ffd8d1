package io.mewscontract.connector.client.error;

/**
 * The calling thread was interrupted while it waited for a response, for a retry, or for the rate limiter.
 * The thread's interrupt flag is set again before this is thrown. If the request was already sent, it may have
 * been processed.
 */
public final class MewsInterruptedException extends MewsException {

    public MewsInterruptedException(String operationId, String path, InterruptedException cause) {
        super(operationId, path, operationId + " was interrupted", cause);
    }
}
