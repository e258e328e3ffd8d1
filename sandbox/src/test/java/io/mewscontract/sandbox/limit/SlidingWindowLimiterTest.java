package io.mewscontract.sandbox.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.operation.PaymentRequestsOperations;
import io.mewscontract.connector.server.router.Rejection;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.sandbox.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
    private final SandboxClock clock = new SandboxClock(Instant.parse("2026-01-01T00:00:07.250Z"));
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(RateLimit.MEWS, clock);

    @Test
    void admits200RequestsOfAnAccessTokenWithin30SecondsAndRefusesThe201st() {
        for (int i = 0; i < 200; i++) {
            assertThat(limiter.tryAdmit("token")).as("request %d", i + 1).isZero();
        }
        clock.advance(Duration.ofMillis(12_300));

        assertThat(limiter.tryAdmit("token")).isEqualTo(17_700);
    }

    @Test
    void theRefusalIsA429WithRetryAfterInWholeSecondsRoundedUp() {
        for (int i = 0; i < 200; i++) {
            limiter.beforeDispatch(PaymentRequestsOperations.GET_ALL, context("token"));
        }
        clock.advance(Duration.ofMillis(12_300));

        Optional<Rejection> refused = limiter.beforeDispatch(PaymentRequestsOperations.GET_ALL, context("token"));

        assertThat(refused).hasValueSatisfying(rejection -> {
            assertThat(rejection.status()).isEqualTo(429);
            assertThat(rejection.headers()).containsEntry("Retry-After", "18");
        });
    }

    @Test
    void theWindowSlidesWithEachRequestInsteadOfResettingInBuckets() {
        for (int i = 0; i < 100; i++) {
            limiter.tryAdmit("token");
        }
        clock.advance(Duration.ofSeconds(20));
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAdmit("token")).isZero();
        }
        // A bucket starting at the first request would be empty again at 30 s; the sliding window has room only for
        // the first hundred, which left it.
        clock.advance(Duration.ofSeconds(10));
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAdmit("token"))
                    .as("request %d after the first burst left", i + 1)
                    .isZero();
        }
        assertThat(limiter.tryAdmit("token"))
                .as("the second burst is still inside")
                .isEqualTo(20_000);
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.tryAdmit("token")).isZero();
    }

    @Test
    void refusedRequestsDoNotCountSoAClientThatWaitsAsToldIsAdmitted() {
        for (int i = 0; i < 200; i++) {
            limiter.tryAdmit("token");
        }
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMillis(100));
            assertThat(limiter.tryAdmit("token")).isPositive();
        }
        clock.set(Instant.parse("2026-01-01T00:00:37.250Z"));

        assertThat(limiter.tryAdmit("token")).isZero();
    }

    @Test
    void eachAccessTokenHasItsOwnWindow() {
        for (int i = 0; i < 200; i++) {
            limiter.tryAdmit("first");
        }

        assertThat(limiter.tryAdmit("first")).isPositive();
        assertThat(limiter.tryAdmit("second")).isZero();
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheLimitAdmitted() throws InterruptedException {
        var admitted = new java.util.concurrent.atomic.AtomicInteger();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    if (limiter.tryAdmit("token") == 0) {
                        admitted.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(admitted).hasValue(200);
    }

    private static RequestContext context(String accessToken) {
        return new RequestContext(CommonRequestFields.of("client", accessToken, "test 1.0"), null, "request-id");
    }
}
