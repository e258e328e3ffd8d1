package io.mewscontract.connector.client.retry;

import java.time.Duration;

/**
 * Spaces requests on the client so that no window of {@code window} ever holds more than {@code permits} of
 * them: the Connector API allows 200 requests per access token in 30 seconds and answers 429 beyond that.
 *
 * <p>It remembers when each of the last {@code permits} requests was (or will be) sent; request number
 * {@code k + permits} goes no earlier than {@code window} after request {@code k}. Any interval of length
 * {@code window} then holds at most {@code permits} requests, which also satisfies the server's window anchored
 * at the first request of a burst.
 *
 * <p>The limit is per access token: share one instance between every client built with the same access token
 * (in one JVM), and use separate instances for separate tokens. Thread-safe.
 */
public final class RateLimiter {

    /** The Connector API's limit per access token. */
    public static final int MEWS_PERMITS = 200;

    /** The Connector API's window. */
    public static final Duration MEWS_WINDOW = Duration.ofSeconds(30);

    /**
     * Added to the Mews window by {@link #forMewsAccessToken()}: requests that leave the client a window apart can
     * arrive closer together when the network delays the earlier one.
     */
    public static final Duration NETWORK_MARGIN = Duration.ofSeconds(1);

    private final int permits;
    private final long windowNanos;
    /** Send times (nanoTime) of the last {@code permits} reservations, a ring in the order reserved. */
    private final long[] sendTimes;

    private int reserved;
    private int oldest;
    private long latest = Long.MIN_VALUE;

    private RateLimiter(int permits, Duration window) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, is " + permits);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, is " + window);
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
        this.sendTimes = new long[permits];
    }

    /** At most {@code permits} requests in any interval of length {@code window}. */
    public static RateLimiter of(int permits, Duration window) {
        return new RateLimiter(permits, window);
    }

    /** The Connector API's limit, 200 requests per 30 seconds, plus {@link #NETWORK_MARGIN}. */
    public static RateLimiter forMewsAccessToken() {
        return new RateLimiter(MEWS_PERMITS, MEWS_WINDOW.plus(NETWORK_MARGIN));
    }

    /**
     * Reserves the earliest send time for one request.
     *
     * @param nowNanos the current {@link TimeSource#nanoTime()}
     * @param maxWaitNanos the longest the caller can wait
     * @return how long the caller must wait before sending, in nanoseconds (0: send now); or {@code -1} when that
     *     would be longer than {@code maxWaitNanos}, in which case nothing is reserved
     */
    public synchronized long reserve(long nowNanos, long maxWaitNanos) {
        long sendAt = earliestSendTime(nowNanos);
        long wait = sendAt - nowNanos;
        if (wait > maxWaitNanos) {
            return -1;
        }
        if (reserved < permits) {
            sendTimes[reserved++] = sendAt;
        } else {
            sendTimes[oldest] = sendAt;
            oldest = (oldest + 1) % permits;
        }
        latest = sendAt;
        return wait;
    }

    /** How long a request would wait if it were reserved now, in nanoseconds; reserves nothing. */
    public synchronized long peekWait(long nowNanos) {
        return earliestSendTime(nowNanos) - nowNanos;
    }

    private long earliestSendTime(long nowNanos) {
        long sendAt = nowNanos;
        if (reserved == permits) {
            sendAt = Math.max(sendAt, sendTimes[oldest] + windowNanos);
        }
        // Threads read the clock before taking the lock; keep reservations in order anyway.
        return Math.max(sendAt, latest);
    }

    @Override
    public String toString() {
        return "RateLimiter[" + permits + " per " + Duration.ofNanos(windowNanos) + "]";
    }
}
