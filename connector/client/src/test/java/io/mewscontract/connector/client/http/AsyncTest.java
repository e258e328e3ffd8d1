package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.ITEMS_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.client.error.InvalidRequestException;
import io.mewscontract.connector.client.error.MewsConnectionException;
import io.mewscontract.connector.client.error.ServerErrorException;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.TestApi.ItemsResult;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The asynchronous variants behave like the blocking ones: same results, same exceptions, same retries. */
class AsyncTest {

    private final LocalServer server = LocalServer.start();
    private final VirtualTime time = new VirtualTime();
    private final MewsConnectorClient client = Clients.builder(server, time).build();
    private final ItemsRequest request = ItemsRequest.of(List.of(UUID.randomUUID()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theResultArrivesWithItsRequestId() throws Exception {
        server.enqueue(Reply.json(200, ITEMS_JSON).withHeader("Request-Id", "async-1"));

        ApiResponse<ItemsResult> response =
                client.exchangeAsync(GET_ITEMS, request).get(5, TimeUnit.SECONDS);

        assertThat(response.value().items()).hasSize(1);
        assertThat(response.requestId()).isEqualTo("async-1");
    }

    @Test
    void theTransportsSendAsyncReturnsTheValue() throws Exception {
        server.enqueue(Reply.json(200, ITEMS_JSON));

        ItemsResult result = client.transport().sendAsync(GET_ITEMS, request).get(5, TimeUnit.SECONDS);

        assertThat(result.items()).hasSize(1);
    }

    @Test
    void anErrorFailsTheFutureWithTheTypedExceptionUnwrapped() {
        server.enqueue(Reply.error(403, "Not allowed now"));

        ExecutionException failure = catchThrowableOfType(
                ExecutionException.class,
                () -> client.exchangeAsync(ADD_ITEMS, request).get(5, TimeUnit.SECONDS));

        assertThat(failure.getCause())
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        forbidden -> assertThat(forbidden.userMessage()).isEqualTo("Not allowed now"));
    }

    @Test
    void retriesHappenAsynchronouslyWithTheSameTable() throws Exception {
        server.enqueue(Reply.error(429, "slow").withHeader("Retry-After", "7"), Reply.json(200, ITEMS_JSON));

        ApiResponse<ItemsResult> response =
                client.exchangeAsync(ADD_ITEMS, request).get(5, TimeUnit.SECONDS);

        assertThat(response.metadata().attempts()).isEqualTo(2);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aWriteIsNotRetriedAsynchronouslyAfterA5xx() {
        server.enqueue(Reply.error(502, "gateway"), Reply.json(200, ITEMS_JSON));

        ExecutionException failure = catchThrowableOfType(
                ExecutionException.class,
                () -> client.exchangeAsync(ADD_ITEMS, request).get(5, TimeUnit.SECONDS));

        assertThat(failure.getCause()).isInstanceOf(ServerErrorException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void anInvalidRequestFailsTheFutureAndSendsNothing() {
        CompletableFuture<?> future = client.exchangeAsync(GET_ITEMS, new ItemsRequest(null, "far too long"));

        ExecutionException failure =
                catchThrowableOfType(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));

        assertThat(failure.getCause()).isInstanceOf(InvalidRequestException.class);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aRefusedConnectionIsClassifiedAsNotSent() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        MewsConnectorClient nowhere = MewsConnectorClient.builder()
                .environment(Environment.custom("http://127.0.0.1:" + port))
                .clientToken(Clients.CLIENT_TOKEN)
                .accessToken(Clients.ACCESS_TOKEN)
                .client("Sample Client", "1.0.0")
                .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2))
                .timeSource(time)
                .build();

        ExecutionException failure = catchThrowableOfType(
                ExecutionException.class,
                () -> nowhere.exchangeAsync(ADD_ITEMS, request).get(5, TimeUnit.SECONDS));

        assertThat(failure.getCause()).isInstanceOfSatisfying(MewsConnectionException.class, connection -> {
            assertThat(connection.requestNotSent()).isTrue();
            assertThat(connection.getSuppressed())
                    .as("the first refusal was retried")
                    .hasSize(1);
        });
    }
}
