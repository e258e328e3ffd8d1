package io.mewscontract.connector.client.error;

import java.time.Duration;

/**
 * The client-side rate limiter would have had to hold the request back for longer than the call's remaining
 * time budget. Nothing was sent. Either raise the budget, or send less often.
 */
public final class LocalRateLimitException extends MewsException {

    private final Duration requiredWait;

    public LocalRateLimitException(String operationId, String path, Duration requiredWait, Duration remainingBudget) {
        super(
                operationId,
                path,
                operationId + " was not sent: the client-side rate limiter needs a wait of "
                        + requiredWait.toMillis() + " ms, but only " + remainingBudget.toMillis()
                        + " ms of the call's time budget are left",
                null);
        this.requiredWait = requiredWait;
    }

    /** How long the limiter would have held the request back. */
    public Duration requiredWait() {
        return requiredWait;
    }
}
