package io.mewscontract.connector.client.retry;

import io.mewscontract.connector.client.error.MewsException;
import java.time.Duration;
import java.util.Objects;

/**
 * A failed attempt that will be retried: reported to the client's listener and logged before the wait.
 *
 * @param operationId the spec's id of the operation
 * @param failedAttempt the number of the attempt that failed (1 for the first)
 * @param failure why it failed (its message names the status and request id; tokens are redacted)
 * @param failureClass the row of the retry table that allowed the retry
 * @param delay how long the client waits before the next attempt
 * @param elapsed time since the call began
 */
public record RetryEvent(
        String operationId,
        int failedAttempt,
        MewsException failure,
        FailureClass failureClass,
        Duration delay,
        Duration elapsed) {

    public RetryEvent {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    @Override
    public String toString() {
        return "Retrying " + operationId + " in " + delay.toMillis() + " ms after attempt " + failedAttempt + " ("
                + failureClass + ": " + failure.getMessage() + ")";
    }
}
