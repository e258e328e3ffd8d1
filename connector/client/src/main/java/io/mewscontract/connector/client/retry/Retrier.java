package io.mewscontract.connector.client.retry;

import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.runtime.OperationKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides, after a failed attempt, whether to try again and after how long: {@link FailureClass}'s table says
 * whether the failure may be retried for the operation's kind; the policy says whether attempts and time are
 * left; the wait is the server's {@code Retry-After} when a 429 carried one, else {@link Backoff} with full
 * jitter. Thread-safe (holds no call state).
 */
public final class Retrier {

    private final RetryPolicy policy;
    private final DoubleSupplier random01;

    /** @param random01 uniformly random numbers in {@code [0, 1)}, for the jitter */
    public Retrier(RetryPolicy policy, DoubleSupplier random01) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random01 = Objects.requireNonNull(random01, "random01");
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * The wait before the next attempt, or empty to give up and throw {@code failure}.
     *
     * @param attemptsMade attempts made so far in this call, the failed one included
     * @param elapsed time since the call began
     */
    public Optional<Duration> nextWait(OperationKind kind, MewsException failure, int attemptsMade, Duration elapsed) {
        if (attemptsMade >= policy.maxAttempts() || !FailureClass.of(failure).retryable(kind)) {
            return Optional.empty();
        }
        Duration wait = failure instanceof TooManyRequestsException tooMany
                        && tooMany.retryAfter().isPresent()
                ? tooMany.retryAfter().get()
                : Backoff.delay(policy, attemptsMade, random01.getAsDouble());
        // A wait that would not end inside the budget is not started: the caller learns now, not after waiting.
        if (elapsed.plus(wait).compareTo(policy.totalBudget()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(wait);
    }
}
