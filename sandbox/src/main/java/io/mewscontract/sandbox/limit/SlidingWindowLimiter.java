package io.mewscontract.sandbox.limit;

import io.mewscontract.connector.server.router.Rejection;
import io.mewscontract.connector.server.router.RequestInterceptor;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Connector API's request limit as a router interceptor: a request is refused with {@code 429} when the same
 * {@code AccessToken} already had {@link RateLimit#requests()} requests admitted within the last
 * {@link RateLimit#window()}. The window slides with each request (it is anchored at the first request of a burst,
 * not at clock-aligned buckets), and {@code Retry-After} says, in whole seconds rounded up, when the oldest of those
 * requests leaves it. Refused requests do not count, so a client that waits as told is admitted.
 *
 * <p>The router runs interceptors after authentication, so only accepted tokens get a window, and before
 * validation, so invalid requests count as they do at Mews. Time comes from the sandbox's clock. Thread-safe: each
 * token's window is locked on its own, so tokens never wait for each other.
 */
public final class SlidingWindowLimiter implements RequestInterceptor {
    private final RateLimit limit;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public SlidingWindowLimiter(RateLimit limit, Clock clock) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RateLimit limit() {
        return limit;
    }

    @Override
    public Optional<Rejection> beforeDispatch(OperationDescriptor<?, ?> operation, RequestContext context) {
        long waitMillis = tryAdmit(context.commonFields().accessToken());
        return waitMillis == 0
                ? Optional.empty()
                : Optional.of(Rejection.tooManyRequests(Duration.ofMillis(waitMillis)));
    }

    /**
     * Admits one request of {@code accessToken} now, or says how long until it would be admitted.
     *
     * @return {@code 0} when admitted, else the milliseconds until the window has room (at least 1)
     */
    public long tryAdmit(String accessToken) {
        return windows.computeIfAbsent(accessToken, token -> new Window(limit)).tryAdmit(clock.millis());
    }

    /** The admission times of one token's requests still inside the window, in a ring buffer. */
    private static final class Window {
        private final long[] admitted;
        private final long windowMillis;
        private int oldest;
        private int size;

        Window(RateLimit limit) {
            this.admitted = new long[limit.requests()];
            this.windowMillis = limit.window().toMillis();
        }

        synchronized long tryAdmit(long now) {
            while (size > 0 && admitted[oldest] + windowMillis <= now) {
                oldest = (oldest + 1) % admitted.length;
                size--;
            }
            if (size < admitted.length) {
                admitted[(oldest + size) % admitted.length] = now;
                size++;
                return 0;
            }
            return Math.max(1, admitted[oldest] + windowMillis - now);
        }
    }

    @Override
    public String toString() {
        return "SlidingWindowLimiter[" + limit + "]";
    }
}
