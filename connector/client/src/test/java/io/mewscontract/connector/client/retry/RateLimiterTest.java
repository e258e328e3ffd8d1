package io.mewscontract.connector.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theFirstPermitsGoAtOnceThenEachWaitsAWindowAfterTheOnePermitsEarlier() {
        RateLimiter limiter = RateLimiter.of(3, Duration.ofSeconds(30));
        long t0 = 1_000 * SECOND;

        assertThat(limiter.reserve(t0, Long.MAX_VALUE)).isZero();
        assertThat(limiter.reserve(t0 + SECOND, Long.MAX_VALUE)).isZero();
        assertThat(limiter.reserve(t0 + 2 * SECOND, Long.MAX_VALUE)).isZero();
        // The fourth request within 30 s waits until 30 s after the first.
        assertThat(limiter.reserve(t0 + 3 * SECOND, Long.MAX_VALUE)).isEqualTo(27 * SECOND);
        // The fifth, asked for at the same moment, waits until 30 s after the second.
        assertThat(limiter.reserve(t0 + 3 * SECOND, Long.MAX_VALUE)).isEqualTo(28 * SECOND);
    }

    @Test
    void noWindowEverHoldsMoreThanPermitsRequests() {
        RateLimiter limiter = RateLimiter.of(200, Duration.ofSeconds(30));
        List<Long> sendTimes = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < 1_000; i++) {
            now += SECOND / 20; // a caller trying 20 requests per second
            sendTimes.add(now + limiter.reserve(now, Long.MAX_VALUE));
        }
        for (int i = 0; i + 200 < sendTimes.size(); i++) {
            assertThat(sendTimes.get(i + 200) - sendTimes.get(i)).isGreaterThanOrEqualTo(30 * SECOND);
        }
        assertThat(sendTimes).isSorted();
    }

    @Test
    void aWaitLongerThanTheCallerCanAffordReservesNothing() {
        RateLimiter limiter = RateLimiter.of(1, Duration.ofSeconds(30));
        assertThat(limiter.reserve(0, 0)).isZero();

        assertThat(limiter.reserve(SECOND, 5 * SECOND)).isEqualTo(-1);
        assertThat(limiter.peekWait(SECOND)).isEqualTo(29 * SECOND);
        // The refused request took no slot: the next one still goes 30 s after the first.
        assertThat(limiter.reserve(SECOND, Long.MAX_VALUE)).isEqualTo(29 * SECOND);
    }

    @Test
    void theMewsLimiterAllows200PerWindowPlusMargin() {
        RateLimiter limiter = RateLimiter.forMewsAccessToken();
        for (int i = 0; i < 200; i++) {
            assertThat(limiter.reserve(0, 0)).isZero();
        }
        assertThat(limiter.peekWait(0)).isEqualTo(Duration.ofSeconds(31).toNanos());
    }
}
