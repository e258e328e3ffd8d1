package io.mewscontract.sandbox.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.connector.client.http.CallListener;
import io.mewscontract.connector.client.retry.RetryEvent;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.http.RecordedExchange;
import io.mewscontract.sandbox.testing.Clients;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The sandbox's request limit, and the generated client's retry that honours its {@code Retry-After}. */
class RateLimitEndToEndTest {

    @Test
    void aRefusedRequestIsRetriedAfterRetryAfterAndSucceeds() throws IOException {
        SpecCheckedTraffic traffic = new SpecCheckedTraffic();
        List<RetryEvent> retries = new CopyOnWriteArrayList<>();
        try (Sandbox sandbox = Sandbox.builder().rateLimit(3, Duration.ofSeconds(2)).exchangeObserver(traffic)
                .start()) {
            MewsConnectorClient client = Clients.builder(sandbox)
                    .retryPolicy(RetryPolicy.defaults().withTotalBudget(Duration.ofSeconds(10)))
                    .listener(new CallListener() {
                        @Override
                        public void onRetry(RetryEvent retry) {
                            retries.add(retry);
                        }
                    })
                    .build();
            var request = new PreauthorizationsByCustomersParameters(List.of(UUID.randomUUID()));

            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                client.preauthorizations().getAllByCustomers(request);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            // Recorded as each observer finishes, which need not be the order the requests were answered in.
            List<RecordedExchange> exchanges = traffic.awaitExchanges(5);
            assertThat(exchanges).extracting(RecordedExchange::status).containsExactlyInAnyOrder(200, 200, 200, 200, 429);
            RecordedExchange refused = exchanges.stream().filter(e -> e.status() == 429).findFirst().orElseThrow();
            // Whole seconds until the first request leaves the 2-second window, rounded up.
            String retryAfter = refused.responseHeader("Retry-After");
            assertThat(retryAfter).isIn("1", "2");
            assertThat(retries).singleElement().satisfies(retry -> {
                assertThat(retry.failure()).isInstanceOf(TooManyRequestsException.class);
                assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(Long.parseLong(retryAfter)));
            });
            assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
        assertThat(traffic.violations()).isEmpty();
    }

    @Test
    void eachAccessTokenHasItsOwnWindow() throws IOException {
        SpecCheckedTraffic traffic = new SpecCheckedTraffic();
        try (Sandbox sandbox = Sandbox.builder().rateLimit(1, Duration.ofSeconds(30)).exchangeObserver(traffic)
                .start()) {
            var request = new PreauthorizationsByCustomersParameters(List.of(UUID.randomUUID()));
            MewsConnectorClient first = Clients.builder(sandbox, DemoTokens.PAIRS.get(0)).build();
            MewsConnectorClient second = Clients.builder(sandbox, DemoTokens.PAIRS.get(1)).build();

            first.preauthorizations().getAllByCustomers(request);
            second.preauthorizations().getAllByCustomers(request);
            org.assertj.core.api.Assertions
                    .assertThatThrownBy(() -> first.preauthorizations().getAllByCustomers(request))
                    .isInstanceOf(TooManyRequestsException.class);
        }
        assertThat(traffic.violations()).isEmpty();
    }
}
