package io.mewscontract.connector.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.error.ApiError;
import io.mewscontract.connector.client.error.ServerErrorException;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.runtime.OperationKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetrierTest {

    private final RetryPolicy policy =
            new RetryPolicy(4, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(10));
    private final Retrier retrier = new Retrier(policy, () -> 0.5);

    @Test
    void retryAfterIsHonouredEvenBeyondMaxDelay() {
        assertThat(retrier.nextWait(OperationKind.WRITE, tooMany(Duration.ofSeconds(45)), 1, Duration.ZERO))
                .contains(Duration.ofSeconds(45));
    }

    @Test
    void withoutRetryAfterTheBackoffIsJitteredAndGrows() {
        assertThat(retrier.nextWait(OperationKind.READ, tooMany(null), 1, Duration.ZERO))
                .contains(Duration.ofMillis(500));
        assertThat(retrier.nextWait(OperationKind.READ, tooMany(null), 3, Duration.ZERO))
                .contains(Duration.ofSeconds(2));
    }

    @Test
    void noRetryAfterMaxAttempts() {
        assertThat(retrier.nextWait(OperationKind.READ, serverError(), 3, Duration.ZERO))
                .isPresent();
        assertThat(retrier.nextWait(OperationKind.READ, serverError(), 4, Duration.ZERO))
                .isEmpty();
    }

    @Test
    void aWaitThatWouldOutlastTheBudgetIsNotStarted() {
        assertThat(retrier.nextWait(OperationKind.READ, tooMany(Duration.ofSeconds(30)), 1, Duration.ofSeconds(29)))
                .contains(Duration.ofSeconds(30));
        assertThat(retrier.nextWait(OperationKind.READ, tooMany(Duration.ofSeconds(30)), 1, Duration.ofSeconds(30)))
                .isEmpty();
        assertThat(retrier.nextWait(OperationKind.READ, tooMany(Duration.ofSeconds(120)), 1, Duration.ZERO))
                .isEmpty();
    }

    @Test
    void writesAreNotRetriedAfterAServerError() {
        assertThat(retrier.nextWait(OperationKind.WRITE, serverError(), 1, Duration.ZERO))
                .isEmpty();
    }

    private static TooManyRequestsException tooMany(Duration retryAfter) {
        return new TooManyRequestsException(new ApiError("op", "/p", 429, "m", null, null, null), retryAfter);
    }

    private static ServerErrorException serverError() {
        return new ServerErrorException(new ApiError("op", "/p", 500, "m", null, null, null));
    }
}
