package io.mewscontract.connector.client.retry;

import java.time.Duration;

/**
 * Exponential backoff with full jitter: the wait before retry {@code n} is uniformly random between zero and
 * {@code min(maxDelay, baseDelay * 2^(n-1))}. Full jitter spreads the retries of many clients that failed
 * together, so they do not hit the server again in lockstep (the approach AWS measured to finish soonest with the
 * least load; a fixed wait is what the Mews guidelines warn against).
 */
public final class Backoff {
    private Backoff() {}

    /** The largest wait before retry {@code retry} (1 for the first retry). */
    public static Duration cap(RetryPolicy policy, int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, is " + retry);
        }
        // Doubling more than 40 times overflows nanoseconds long before it matters: maxDelay caps it anyway.
        long factor = 1L << Math.min(retry - 1, 40);
        Duration max = policy.maxDelay();
        long baseNanos = policy.baseDelay().toNanos();
        if (baseNanos > max.toNanos() / factor) {
            return max;
        }
        return Duration.ofNanos(baseNanos * factor);
    }

    /**
     * The wait before retry {@code retry}.
     *
     * @param random01 a uniformly random number in {@code [0, 1)}
     */
    public static Duration delay(RetryPolicy policy, int retry, double random01) {
        if (!(random01 >= 0 && random01 < 1)) {
            throw new IllegalArgumentException("random01 must be in [0, 1), is " + random01);
        }
        return Duration.ofNanos((long) (cap(policy, retry).toNanos() * random01));
    }
}
