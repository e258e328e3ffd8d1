package io.mewscontract.connector.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How persistently a call is retried. Which failures are retried at all is not configurable: that is
 * {@link FailureClass}'s table.
 *
 * @param maxAttempts the most attempts per call, the first included ({@code 1}: never retry)
 * @param totalBudget the longest a call may take, every attempt, wait and limiter delay included. A retry whose
 *     wait would not end inside the budget is not waited for: the call fails at once with the last failure. Each
 *     attempt's timeout is also cut to what is left of the budget.
 * @param baseDelay the backoff cap of the first retry when the server sent no {@code Retry-After}; it doubles with
 *     each further retry
 * @param maxDelay the largest backoff cap (a server's {@code Retry-After} is honoured even when longer, within
 *     the budget)
 */
public record RetryPolicy(int maxAttempts, Duration totalBudget, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, is " + maxAttempts);
        }
        requirePositive(totalBudget, "totalBudget");
        requirePositive(baseDelay, "baseDelay");
        requirePositive(maxDelay, "maxDelay");
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException(
                    "maxDelay (" + maxDelay + ") must not be shorter than baseDelay (" + baseDelay + ")");
        }
    }

    /** Three attempts within 60 seconds, backoff from 500 ms up to 20 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(20));
    }

    /** A single attempt: failures are thrown as they happen. The budget still bounds the call (60 s). */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, totalBudget, baseDelay, maxDelay);
    }

    public RetryPolicy withTotalBudget(Duration totalBudget) {
        return new RetryPolicy(maxAttempts, totalBudget, baseDelay, maxDelay);
    }

    public RetryPolicy withBackoff(Duration baseDelay, Duration maxDelay) {
        return new RetryPolicy(maxAttempts, totalBudget, baseDelay, maxDelay);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, is " + duration);
        }
    }
}
