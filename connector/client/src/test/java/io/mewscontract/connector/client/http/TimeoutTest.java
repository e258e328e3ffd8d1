package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.ITEMS_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.MewsTimeoutException;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Client-side timeouts, in real time (a slow server and a short timeout). */
class TimeoutTest {

    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofMillis(200);

    private final LocalServer server = LocalServer.start();
    private final ItemsRequest request = ItemsRequest.of(List.of(UUID.randomUUID()));

    @AfterEach
    void stop() {
        server.close();
    }

    private MewsConnectorClient client(RetryPolicy policy) {
        return Clients.builder(server, new VirtualTime())
                .requestTimeout(TIMEOUT)
                .retryPolicy(policy)
                .build();
    }

    @Test
    void aSlowResponseTimesOutAndAWriteIsNotRetried() {
        server.otherwise(any -> Reply.json(200, ITEMS_JSON).after(SLOW));
        long start = System.nanoTime();

        MewsTimeoutException failure = catchThrowableOfType(
                MewsTimeoutException.class, () -> client(RetryPolicy.defaults()).exchange(ADD_ITEMS, request));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SLOW);
        assertThat(failure.phase()).isEqualTo(MewsTimeoutException.Phase.RESPONSE);
        assertThat(failure.timeout()).isEqualTo(TIMEOUT);
        assertThat(failure.getMessage())
                .isEqualTo("addItems timed out waiting for the response of 127.0.0.1:"
                        + server.baseUri().getPort() + " after 200 ms");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aReadIsRetriedAfterATimeout() {
        server.enqueue(Reply.json(200, ITEMS_JSON).after(SLOW), Reply.json(200, ITEMS_JSON));

        ApiResponse<?> response = client(RetryPolicy.defaults()).exchange(GET_ITEMS, request);

        assertThat(response.metadata().attempts()).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void theAsynchronousVariantTimesOutToo() {
        server.otherwise(any -> Reply.json(200, ITEMS_JSON).after(SLOW));

        ExecutionException failure = catchThrowableOfType(
                ExecutionException.class,
                () -> client(RetryPolicy.none())
                        .exchangeAsync(GET_ITEMS, request)
                        .get());

        assertThat(failure.getCause()).isInstanceOf(MewsTimeoutException.class);
    }

    @Test
    void theBudgetShortensTheLastAttemptsTimeout() {
        server.otherwise(any -> Reply.json(200, ITEMS_JSON).after(SLOW));
        MewsConnectorClient client = Clients.builder(server, new VirtualTime())
                .requestTimeout(Duration.ofSeconds(30))
                .retryPolicy(RetryPolicy.none().withTotalBudget(Duration.ofMillis(300)))
                .build();

        MewsTimeoutException failure =
                catchThrowableOfType(MewsTimeoutException.class, () -> client.exchange(GET_ITEMS, request));

        assertThat(failure.timeout()).isLessThanOrEqualTo(Duration.ofMillis(300));
    }
}
