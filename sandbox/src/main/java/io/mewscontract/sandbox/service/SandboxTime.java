package io.mewscontract.sandbox.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The sandbox's "now": its clock, in whole seconds, as the Connector API writes {@code CreatedUtc} and
 * {@code UpdatedUtc} ({@code 2023-10-01T11:48:57Z}). One reading per request, so everything a request changes
 * carries the same time.
 */
public final class SandboxTime {
    private final Clock clock;

    public SandboxTime(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public Clock clock() {
        return clock;
    }
}
