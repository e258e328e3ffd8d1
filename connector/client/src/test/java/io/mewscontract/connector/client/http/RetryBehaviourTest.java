package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.ITEMS_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.LocalRateLimitException;
import io.mewscontract.connector.client.error.MewsConnectionException;
import io.mewscontract.connector.client.error.RequestTimeoutException;
import io.mewscontract.connector.client.error.ServerErrorException;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.connector.client.retry.FailureClass;
import io.mewscontract.connector.client.retry.RateLimiter;
import io.mewscontract.connector.client.retry.RetryEvent;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.RawServer;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The retry table in action, over real HTTP; waits are virtual, so a 120 s Retry-After costs nothing. */
class RetryBehaviourTest {

    private final LocalServer server = LocalServer.start();
    private final VirtualTime time = new VirtualTime();
    private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
    private final List<ResponseMetadata> responses = new CopyOnWriteArrayList<>();
    private final CallListener listener = new CallListener() {
        @Override
        public void onResponse(ResponseMetadata response) {
            responses.add(response);
        }

        @Override
        public void onRetry(RetryEvent retry) {
            retries.add(retry);
        }
    };
    private final ItemsRequest request = ItemsRequest.of(List.of(UUID.randomUUID()));

    @AfterEach
    void stop() {
        server.close();
    }

    private MewsConnectorClient client(RetryPolicy policy) {
        return Clients.builder(server, time)
                .retryPolicy(policy)
                .listener(listener)
                .build();
    }

    private static RetryPolicy attempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, Duration.ofMinutes(5), Duration.ofMillis(500), Duration.ofSeconds(20));
    }

    @Test
    void aReadIsRetriedAfterServerErrorsWithGrowingJitteredBackoff() {
        server.enqueue(Reply.error(503, "busy"), Reply.error(500, "oops"), Reply.json(200, ITEMS_JSON));

        ApiResponse<?> response = client(attempts(3)).exchange(GET_ITEMS, request);

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(response.metadata().attempts()).isEqualTo(3);
        assertThat(time.waits()).hasSize(2);
        assertThat(time.waits().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
        assertThat(time.waits().get(1)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(retries).extracting(RetryEvent::failedAttempt).containsExactly(1, 2);
        assertThat(retries)
                .extracting(RetryEvent::failureClass)
                .containsExactly(FailureClass.SERVER_ERROR, FailureClass.SERVER_ERROR);
        assertThat(retries).extracting(RetryEvent::delay).isEqualTo(time.waits());
    }

    @Test
    void aReadIsRetriedAfterA408() {
        server.enqueue(Reply.error(408, "too heavy"), Reply.json(200, ITEMS_JSON));

        client(attempts(3)).exchange(GET_ITEMS, request);

        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void afterMaxAttemptsTheLastFailureIsThrownWithTheEarlierOnesSuppressed() {
        server.otherwise(any -> Reply.error(500, "down"));

        ServerErrorException failure = catchThrowableOfType(
                ServerErrorException.class, () -> client(attempts(3)).exchange(GET_ITEMS, request));

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(failure.getSuppressed()).hasSize(2).allMatch(ServerErrorException.class::isInstance);
    }

    @Test
    void aWriteIsNotRetriedAfterA5xx() {
        server.enqueue(Reply.error(500, "stored, then failed"), Reply.json(200, ITEMS_JSON));

        catchThrowableOfType(
                ServerErrorException.class, () -> client(attempts(5)).exchange(ADD_ITEMS, request));

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(retries).isEmpty();
    }

    @Test
    void aWriteIsNotRetriedAfterA408() {
        server.enqueue(Reply.error(408, "too heavy"), Reply.json(200, ITEMS_JSON));

        catchThrowableOfType(
                RequestTimeoutException.class, () -> client(attempts(5)).exchange(ADD_ITEMS, request));

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aWriteIsRetriedAfter429HonouringRetryAfterInSeconds() {
        server.enqueue(Reply.error(429, "slow down").withHeader("Retry-After", "120"), Reply.json(200, ITEMS_JSON));

        ApiResponse<?> response = client(attempts(3)).exchange(ADD_ITEMS, request);

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(120));
        assertThat(response.metadata().attempts()).isEqualTo(2);
        assertThat(retries).singleElement().satisfies(retry -> {
            assertThat(retry.failureClass()).isEqualTo(FailureClass.TOO_MANY_REQUESTS);
            assertThat(retry.failure()).isInstanceOf(TooManyRequestsException.class);
        });
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        String in90Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                VirtualTime.EPOCH.plusSeconds(90).atOffset(ZoneOffset.UTC));
        server.enqueue(
                Reply.error(429, "slow down").withHeader("Retry-After", in90Seconds), Reply.json(200, ITEMS_JSON));

        client(attempts(3)).exchange(ADD_ITEMS, request);

        // The date has whole seconds; the request itself took a few real milliseconds.
        assertThat(time.waits())
                .singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(89), Duration.ofSeconds(90)));
    }

    @Test
    void withoutRetryAfterA429FallsBackToBackoff() {
        server.enqueue(
                Reply.error(429, "slow down").withoutHeader("Retry-After"),
                Reply.error(429, "still").withoutHeader("Retry-After"),
                Reply.json(200, ITEMS_JSON));

        client(attempts(3)).exchange(ADD_ITEMS, request);

        assertThat(time.waits()).hasSize(2);
        assertThat(time.waits().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
        assertThat(time.waits().get(1)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
    }

    @Test
    void theBudgetCutsAWaitThatWouldOutlastIt() {
        server.enqueue(Reply.error(429, "slow down").withHeader("Retry-After", "120"), Reply.json(200, ITEMS_JSON));
        RetryPolicy oneMinute = attempts(3).withTotalBudget(Duration.ofSeconds(60));

        TooManyRequestsException failure = catchThrowableOfType(
                TooManyRequestsException.class, () -> client(oneMinute).exchange(ADD_ITEMS, request));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(time.waits())
                .as("no wait is started that the budget cannot afford")
                .isEmpty();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aWriteIsRetriedWhenTheConnectionWasRefused() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        AtomicReference<LocalServer> late = new AtomicReference<>();
        // Nothing listens on the port at first; the server comes up during the first wait.
        time.onWait(wait -> late.compareAndSet(null, LocalServer.startOn(port).enqueue(Reply.json(200, ITEMS_JSON))));
        MewsConnectorClient client = MewsConnectorClient.builder()
                .environment(Environment.custom("http://127.0.0.1:" + port))
                .clientToken(Clients.CLIENT_TOKEN)
                .accessToken(Clients.ACCESS_TOKEN)
                .client("Sample Client", "1.0.0")
                .retryPolicy(attempts(3))
                .timeSource(time)
                .listener(listener)
                .build();
        try {
            ApiResponse<?> response = client.exchange(ADD_ITEMS, request);

            assertThat(response.metadata().attempts()).isEqualTo(2);
            assertThat(late.get().requestCount()).isEqualTo(1);
            assertThat(retries).singleElement().satisfies(retry -> {
                assertThat(retry.failureClass()).isEqualTo(FailureClass.CONNECTION_REFUSED);
                assertThat(((MewsConnectionException) retry.failure()).requestNotSent())
                        .isTrue();
            });
        } finally {
            if (late.get() != null) {
                late.get().close();
            }
        }
    }

    @Test
    void aWriteIsNotRetriedWhenTheConnectionDropsAfterTheRequestWasSent() {
        try (RawServer raw =
                new RawServer(List.of(new RawServer.DropAfterRequest(), RawServer.Respond.json(200, ITEMS_JSON)))) {
            MewsConnectorClient client = rawClient(raw);

            MewsConnectionException failure =
                    catchThrowableOfType(MewsConnectionException.class, () -> client.exchange(ADD_ITEMS, request));

            assertThat(failure.requestNotSent()).isFalse();
            assertThat(failure.getMessage()).contains("may have been processed");
            assertThat(raw.connections()).isEqualTo(1);
        }
    }

    @Test
    void aReadIsRetriedWhenTheConnectionDrops() {
        try (RawServer raw =
                new RawServer(List.of(new RawServer.DropAfterRequest(), RawServer.Respond.json(200, ITEMS_JSON)))) {
            ApiResponse<?> response = rawClient(raw).exchange(GET_ITEMS, request);

            assertThat(raw.connections()).isEqualTo(2);
            assertThat(response.requestId()).isEqualTo("raw-200");
            assertThat(retries)
                    .singleElement()
                    .extracting(RetryEvent::failureClass)
                    .isEqualTo(FailureClass.CONNECTION_LOST);
        }
    }

    private MewsConnectorClient rawClient(RawServer raw) {
        return MewsConnectorClient.builder()
                .environment(Environment.custom(raw.baseUri()))
                .clientToken(Clients.CLIENT_TOKEN)
                .accessToken(Clients.ACCESS_TOKEN)
                .client("Sample Client", "1.0.0")
                .retryPolicy(attempts(3))
                .timeSource(time)
                .listener(listener)
                .build();
    }

    @Test
    void aFailingListenerDoesNotFailTheCall() {
        server.enqueue(Reply.error(503, "busy"), Reply.json(200, ITEMS_JSON));
        MewsConnectorClient client = Clients.builder(server, time)
                .retryPolicy(attempts(3))
                .listener(new CallListener() {
                    @Override
                    public void onRetry(RetryEvent retry) {
                        throw new IllegalStateException("listener bug");
                    }

                    @Override
                    public void onResponse(ResponseMetadata response) {
                        throw new IllegalStateException("listener bug");
                    }
                })
                .build();

        assertThat(client.exchange(GET_ITEMS, request).metadata().attempts()).isEqualTo(2);
    }

    @Test
    void theRateLimiterHoldsBackTheRequestBeyondItsPermits() {
        server.otherwise(any -> Reply.json(200, ITEMS_JSON));
        MewsConnectorClient client = Clients.builder(server, time)
                .retryPolicy(attempts(1))
                .rateLimiter(RateLimiter.of(2, Duration.ofSeconds(30)))
                .build();

        client.exchange(GET_ITEMS, request);
        client.exchange(GET_ITEMS, request);
        assertThat(time.waits()).isEmpty();
        client.exchange(GET_ITEMS, request);

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(time.waits())
                .singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
    }

    @Test
    void theRateLimiterRefusesAWaitBeyondTheBudgetAndSendsNothing() {
        server.otherwise(any -> Reply.json(200, ITEMS_JSON));
        MewsConnectorClient client = Clients.builder(server, time)
                .retryPolicy(attempts(1).withTotalBudget(Duration.ofSeconds(10)))
                .rateLimiter(RateLimiter.of(1, Duration.ofSeconds(30)))
                .build();
        client.exchange(ADD_ITEMS, request);

        LocalRateLimitException failure =
                catchThrowableOfType(LocalRateLimitException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.requiredWait()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void successfulResponsesReportTheirRequestIdToTheListener() {
        server.enqueue(Reply.json(200, ITEMS_JSON).withHeader("Request-Id", "abc-123"));

        ApiResponse<?> response = client(attempts(1)).exchange(GET_ITEMS, request);

        assertThat(response.requestId()).isEqualTo("abc-123");
        assertThat(responses).singleElement().satisfies(metadata -> {
            assertThat(metadata.requestId()).isEqualTo("abc-123");
            assertThat(metadata.status()).isEqualTo(200);
            assertThat(metadata.operationId()).isEqualTo("getAllItems");
            assertThat(metadata.attempts()).isEqualTo(1);
        });
    }
}
