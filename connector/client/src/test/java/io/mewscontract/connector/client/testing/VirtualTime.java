package io.mewscontract.connector.client.testing;

import io.mewscontract.connector.client.retry.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A {@link TimeSource} whose waits return at once but move its clock forward, so a test verifies a two-minute
 * {@code Retry-After} in milliseconds. Real time still passes underneath (requests take what they take).
 */
public final class VirtualTime implements TimeSource {

    /** The wall-clock start, fixed so HTTP-date tests are exact. */
    public static final Instant EPOCH = Instant.parse("2026-03-02T10:00:00Z");

    private final long realStart = System.nanoTime();
    private final AtomicLong skipped = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    private volatile Consumer<Duration> onWait = wait -> {};

    @Override
    public long nanoTime() {
        return System.nanoTime() + skipped.get();
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nanoTime() - realStart);
    }

    @Override
    public void sleep(Duration duration) {
        pass(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        pass(duration);
        return CompletableFuture.completedFuture(null);
    }

    private void pass(Duration duration) {
        synchronized (waits) {
            waits.add(duration);
        }
        skipped.addAndGet(duration.toNanos());
        onWait.accept(duration);
    }

    /** Runs {@code action} at every wait (after the clock moved). */
    public VirtualTime onWait(Consumer<Duration> action) {
        this.onWait = action;
        return this;
    }

    /** Every wait asked for, in order. */
    public List<Duration> waits() {
        synchronized (waits) {
            return List.copyOf(waits);
        }
    }
}
