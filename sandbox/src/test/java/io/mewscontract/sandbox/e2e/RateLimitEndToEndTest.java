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
import io.mewscontract.sandbox.testing.RawHttp;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.io.IOException;
import java.net.http.HttpResponse;
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
        try (Sandbox sandbox = Sandbox.builder()
                .rateLimit(3, Duration.ofSeconds(2))
                .exchangeObserver(traffic)
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
            var request = PreauthorizationsByCustomersParameters.builder()
                    .customerIds(List.of(UUID.randomUUID()))
                    .build();

            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                client.preauthorizations().getAllByCustomers(request);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            // Recorded as each observer finishes, which need not be the order the requests were answered in.
            List<RecordedExchange> exchanges = traffic.awaitExchanges(5);
            assertThat(exchanges)
                    .extracting(RecordedExchange::status)
                    .containsExactlyInAnyOrder(200, 200, 200, 200, 429);
            RecordedExchange refused = exchanges.stream()
                    .filter(e -> e.status() == 429)
                    .findFirst()
                    .orElseThrow();
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
        try (Sandbox sandbox = Sandbox.builder()
                .rateLimit(1, Duration.ofSeconds(30))
                .exchangeObserver(traffic)
                .start()) {
            var request = PreauthorizationsByCustomersParameters.builder()
                    .customerIds(List.of(UUID.randomUUID()))
                    .build();
            MewsConnectorClient first =
                    Clients.builder(sandbox, DemoTokens.PAIRS.get(0)).build();
            MewsConnectorClient second =
                    Clients.builder(sandbox, DemoTokens.PAIRS.get(1)).build();

            first.preauthorizations().getAllByCustomers(request);
            second.preauthorizations().getAllByCustomers(request);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> first.preauthorizations().getAllByCustomers(request))
                    .isInstanceOf(TooManyRequestsException.class);
        }
        assertThat(traffic.violations()).isEmpty();
    }

    @Test
    void malformedRequestsOfAKnownTokenCountAndOnesOfNoTokenCannot() throws IOException {
        try (Sandbox sandbox =
                Sandbox.builder().rateLimit(3, Duration.ofHours(1)).start()) {
            String path = "/api/connector/v1/preauthorizations/getAllByCustomers";
            // Not JSON: no token can be read from it, so it counts for nobody.
            for (int i = 0; i < 5; i++) {
                assertThat(RawHttp.post(sandbox.baseUri(), path, "{\"ClientToken\": ")
                                .statusCode())
                        .isEqualTo(400);
            }
            // JSON with the tokens, but the wrong type for CustomerIds: refused, and counted.
            String malformed = RawHttp.body("\"CustomerIds\": \"not-a-list\"");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> refused = RawHttp.post(sandbox.baseUri(), path, malformed);
                assertThat(refused.statusCode())
                        .as("malformed request " + (i + 1))
                        .isEqualTo(400);
                assertThat(refused.body()).contains("CustomerIds");
            }

            HttpResponse<String> fourth = RawHttp.post(
                    sandbox.baseUri(), path, RawHttp.body("\"CustomerIds\": [\"" + UUID.randomUUID() + "\"]"));
            HttpResponse<String> malformedOverTheLimit = RawHttp.post(sandbox.baseUri(), path, malformed);

            assertThat(fourth.statusCode())
                    .as("the three malformed ones used the token's limit")
                    .isEqualTo(429);
            assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
            assertThat(malformedOverTheLimit.statusCode()).isEqualTo(429);
        }
    }
}
