package io.mewscontract.connector.client.error;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.http.ResponseReading;
import io.mewscontract.connector.client.retry.RateLimiter;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.FaultServer;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.TestApi;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.TestApi.ItemsResult;
import io.mewscontract.connector.client.testing.VirtualTime;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.OperationKind;
import io.mewscontract.runtime.Pagination;
import io.mewscontract.runtime.Validator;
import io.mewscontract.runtime.WireShapes;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code catch (MewsException e)} catches every failure of a call made for a bad value or a bad answer: each
 * fault kind below, over real loopback HTTP, fails with a subtype of {@link MewsException}, and together they
 * reach every concrete subtype of the sealed hierarchy (so a new subtype, or a new way to fail, needs a case here).
 */
class OneExceptionHierarchyTest {

    private static final List<Integer> ERROR_STATUSES = List.of(400, 401, 403, 404, 408, 409, 413, 429, 500, 503, 418);
    private static final String PAGE_WITHOUT_DESCRIPTION = "{\"PaymentRequests\": [{"
            + "\"Id\": \"0c4f1a55-4e47-4cf1-a7cb-afae00bd1c35\", \"AccountId\": \"5b1c2d3e-0964-4002-8719-afa900d0f1ba\","
            + "\"CreatedUtc\": \"+1000000001-01-01T00:00:00Z\", \"UpdatedUtc\": \"2023-03-02T09:15:00Z\","
            + "\"State\": \"Pending\", \"Amount\": {\"Currency\": \"CZK\", \"NetValue\": 1, \"GrossValue\": 1,"
            + "\"TaxValues\": [], \"Breakdown\": {\"Items\": []}}, \"Type\": \"Payment\", \"Reason\": \"Prepayment\","
            + "\"ExpirationUtc\": \"2023-03-09T23:00:00Z\"}], \"Cursor\": null}";

    /** A request record that writes a common field itself: it cannot be merged into a request body. */
    record SneakyRequest(@JsonProperty("ClientToken") String clientToken) {}

    private final LocalServer server = LocalServer.start();
    private final List<AutoCloseable> closeLater = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        server.close();
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
    }

    private MewsConnectorClient client() {
        return Clients.builder(server, new VirtualTime())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    private MewsConnectorClient clientOf(FaultServer faults) {
        return MewsConnectorClient.builder()
                .environment(Environment.custom(faults.baseUri()))
                .clientToken(Clients.CLIENT_TOKEN)
                .accessToken(Clients.ACCESS_TOKEN)
                .client("Hierarchy test", "1.0.0")
                .requestTimeout(Duration.ofSeconds(1))
                .retryPolicy(RetryPolicy.none())
                .maxResponseBytes(64 * 1024)
                .timeSource(new VirtualTime())
                .build();
    }

    private Map<String, Supplier<Throwable>> faultKinds() {
        Map<String, Supplier<Throwable>> kinds = new LinkedHashMap<>();
        ItemsRequest valid = ItemsRequest.of(List.of(UUID.randomUUID()));
        kinds.put(
                "a request breaking the spec",
                () -> catchThrowable(() -> client().exchange(
                                ADD_ITEMS, new ItemsRequest(Collections.nCopies(4, UUID.randomUUID()), "too long"))));
        kinds.put(
                "a request breaking the spec, asynchronously",
                () -> unwrap(catchThrowable(
                        () -> client().exchangeAsync(ADD_ITEMS, new ItemsRequest(List.of(), "too long"))
                                .join())));
        kinds.put("a null request", () -> catchThrowable(() -> client().exchange(GET_ITEMS, nullRequest())));
        kinds.put(
                "a request that cannot be written",
                () -> catchThrowable(() -> client().exchange(
                                new OperationDescriptor<>(
                                        "sneak",
                                        "items",
                                        "sneak",
                                        "/api/connector/v1/items/sneak",
                                        OperationKind.READ,
                                        SneakyRequest.class,
                                        ItemsResult.class,
                                        Validator.none(),
                                        TestApi.COMMON_VALIDATOR,
                                        null,
                                        WireShapes.NONE),
                                new SneakyRequest("x"))));
        for (int status : ERROR_STATUSES) {
            kinds.put("status " + status, () -> {
                server.enqueue(
                        status == 503
                                ? Reply.raw(503, Map.of("Content-Type", "text/html"), "<h1>Down</h1>")
                                : Reply.error(status, "Refused"));
                return catchThrowable(() -> client().exchange(GET_ITEMS, valid));
            });
        }
        kinds.put("a success that is not JSON", () -> {
            server.enqueue(Reply.raw(200, Map.of("Content-Type", "text/html"), "<html>hello</html>"));
            return catchThrowable(() -> client().exchange(GET_ITEMS, valid));
        });
        kinds.put("204 for an operation without an empty result", () -> {
            server.enqueue(Reply.noContent());
            return catchThrowable(() -> client().exchange(GET_ONE, valid));
        });
        kinds.put("a date beyond java.time, strictly read", () -> {
            server.enqueue(Reply.json(200, PAGE_WITHOUT_DESCRIPTION));
            MewsConnectorClient strict = Clients.builder(server, new VirtualTime())
                    .responseReading(ResponseReading.STRICT)
                    .build();
            return catchThrowable(() -> strict.paymentRequests()
                    .getAll(PaymentRequestFilterParameters.builder()
                            .accountIds(List.of(UUID.randomUUID()))
                            .limitation(Limitation.builder().count(1).build())
                            .build()));
        });
        for (FaultServer.Fault fault : FaultServer.Fault.values()) {
            kinds.put("fault " + fault, () -> {
                FaultServer faults = new FaultServer(fault);
                closeLater.add(faults);
                return catchThrowable(() -> clientOf(faults).exchange(ADD_ITEMS, valid));
            });
        }
        kinds.put(
                "a refused connection",
                () -> catchThrowable(() -> Clients.builder(server, new VirtualTime())
                        .environment(Environment.custom("http://127.0.0.1:" + closedPort()))
                        .build()
                        .exchange(GET_ITEMS, valid)));
        kinds.put("the client-side rate limiter", () -> {
            MewsConnectorClient limited = Clients.builder(server, new VirtualTime())
                    .rateLimiter(RateLimiter.of(1, Duration.ofHours(1)))
                    .retryPolicy(RetryPolicy.defaults().withTotalBudget(Duration.ofSeconds(1)))
                    .build();
            server.enqueue(Reply.json(200, TestApi.ITEMS_JSON));
            limited.exchange(GET_ITEMS, valid);
            return catchThrowable(() -> limited.exchange(GET_ITEMS, valid));
        });
        kinds.put("a server repeating a cursor while paging", () -> {
            // What a generated client's getAllItems does: the runtime's paging with the transport's failure.
            String page = "{\"Items\": [{\"Id\": \"" + UUID.randomUUID() + "\", \"Name\": \"a\"}], \"Cursor\": \"c1\"}";
            server.enqueue(Reply.json(200, page), Reply.json(200, page));
            MewsConnectorClient client = client();
            return catchThrowable(() -> Pagination.stream(
                            (String) null,
                            1,
                            cursor -> client.transport()
                                    .send(TestApi.GET_PAGE, new TestApi.PageRequest(new TestApi.Limitation(1, cursor))),
                            TestApi.Page::items,
                            TestApi.Page::cursor,
                            cursor -> client.transport().repeatedCursor(TestApi.GET_PAGE, cursor))
                    .toList());
        });
        kinds.put("an interrupted caller", () -> {
            server.enqueue(Reply.json(200, TestApi.ITEMS_JSON).after(Duration.ofSeconds(5)));
            Thread.currentThread().interrupt();
            try {
                return catchThrowable(() -> client().exchange(GET_ITEMS, valid));
            } finally {
                Thread.interrupted();
            }
        });
        return kinds;
    }

    @Test
    void everyFaultKindIsAMewsExceptionAndTogetherTheyReachEverySubtype() {
        Set<Class<?>> thrown = new LinkedHashSet<>();
        for (Map.Entry<String, Supplier<Throwable>> kind : faultKinds().entrySet()) {
            Throwable failure = kind.getValue().get();
            assertThat(failure).as(kind.getKey()).isInstanceOf(MewsException.class);
            thrown.add(failure.getClass());
        }

        assertThat(thrown)
                .as("every concrete MewsException is reached by some fault kind")
                .containsAll(concreteSubtypes(MewsException.class));
    }

    @Test
    void theSealedHierarchyIsWalkedToItsLeaves() {
        assertThat(concreteSubtypes(MewsException.class))
                .contains(
                        InvalidRequestException.class,
                        ContractViolationException.class,
                        UnexpectedStatusException.class,
                        MewsInterruptedException.class)
                .hasSize(18);
    }

    private static Set<Class<?>> concreteSubtypes(Class<?> root) {
        Set<Class<?>> leaves = new LinkedHashSet<>();
        Class<?>[] permitted = root.getPermittedSubclasses();
        if (permitted == null) {
            leaves.add(root);
            return leaves;
        }
        for (Class<?> subtype : permitted) {
            leaves.addAll(concreteSubtypes(subtype));
        }
        return leaves;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException completion && completion.getCause() != null
                ? completion.getCause()
                : failure;
    }

    @SuppressWarnings("NullAway")
    private static ItemsRequest nullRequest() {
        return null;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
