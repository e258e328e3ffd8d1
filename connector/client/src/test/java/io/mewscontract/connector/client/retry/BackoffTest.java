package io.mewscontract.connector.client.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final RetryPolicy policy =
            RetryPolicy.defaults().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void theCapDoublesPerRetryUpToMaxDelay() {
        assertThat(Backoff.cap(policy, 1)).isEqualTo(Duration.ofMillis(100));
        assertThat(Backoff.cap(policy, 2)).isEqualTo(Duration.ofMillis(200));
        assertThat(Backoff.cap(policy, 4)).isEqualTo(Duration.ofMillis(800));
        assertThat(Backoff.cap(policy, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.cap(policy, 1_000)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void fullJitterSpreadsTheWaitOverTheWholeRangeFromZero() {
        assertThat(Backoff.delay(policy, 3, 0.0)).isEqualTo(Duration.ZERO);
        assertThat(Backoff.delay(policy, 3, 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(Backoff.delay(policy, 3, 0.999)).isEqualTo(Duration.ofNanos(399_600_000));
    }

    @Test
    void randomOutsideTheUnitIntervalIsRejected() {
        assertThatThrownBy(() -> Backoff.delay(policy, 1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.delay(policy, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
