package io.mewscontract.connector.client.retry;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clock and the waiting a client does between attempts. The default is the system's; tests pass one that
 * records waits and only pretends to sleep.
 */
public interface TimeSource {

    /** A monotonic reading in nanoseconds, for elapsed times and rate limiting (as {@link System#nanoTime()}). */
    long nanoTime();

    /** The wall-clock time, for {@code Retry-After} HTTP-dates. */
    Instant now();

    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** A future completed after {@code duration}, without blocking the caller. */
    CompletableFuture<Void> delay(Duration duration);

    /** The system clock; {@link #delay} completes on the common pool. */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}

/** The real clock. */
enum SystemTimeSource implements TimeSource {
    INSTANCE;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(
                () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
    }
}
