package io.mewscontract.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for the sandbox ({@link Sandbox.Builder#clock}) that stands still until a test moves it: creation and
 * update times, the expiry of pending payment requests and the request limit's window all follow it. Thread-safe;
 * always UTC.
 */
public final class SandboxClock extends Clock {
    private final AtomicReference<Instant> now;

    /** A clock standing at {@code start}. */
    public SandboxClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return Objects.requireNonNull(now.get()); // set only to non-null instants
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new IllegalArgumentException("The sandbox works in UTC only, not " + zone);
        }
        return this;
    }

    @Override
    public String toString() {
        return "SandboxClock[" + instant() + "]";
    }
}
