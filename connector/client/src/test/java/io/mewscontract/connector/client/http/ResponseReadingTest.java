package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.UnreadableResponseException;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.TestApi.Item;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.TestApi.ItemsResult;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Success answers: liberal in what is read, a clear error when the answer cannot be what the spec says. */
class ResponseReadingTest {

    private final LocalServer server = LocalServer.start();
    private final MewsConnectorClient client =
            Clients.builder(server, new VirtualTime()).build();
    private final ItemsRequest request = ItemsRequest.of(List.of(UUID.randomUUID()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unknownPropertiesFromANewerServerAreIgnored() {
        server.enqueue(Reply.json(
                200,
                "{\"Items\":[{\"Id\":\"8466DFDD-0964-4E5A-9A6B-B0D001AC3A67\","
                        + "\"Name\":\"one\",\"AddedIn2030\":{\"x\":1}}],\"AlsoNew\":true}"));

        ItemsResult result = client.exchange(GET_ITEMS, request).value();

        assertThat(result.items())
                .containsExactly(new Item(UUID.fromString("8466dfdd-0964-4e5a-9a6b-b0d001ac3a67"), "one"));
    }

    @Test
    void a204IsTheOperationsEmptyResult() {
        server.enqueue(Reply.noContent());

        ApiResponse<ItemsResult> response = client.exchange(GET_ITEMS, request);

        assertThat(response.value().items()).isEmpty();
        assertThat(response.metadata().status()).isEqualTo(204);
        assertThat(response.requestId()).isEqualTo("req-204");
    }

    @Test
    void a204ForAnOperationWithoutEmptyResultIsUnreadable() {
        server.enqueue(Reply.noContent());

        UnreadableResponseException failure =
                catchThrowableOfType(UnreadableResponseException.class, () -> client.exchange(GET_ONE, request));

        assertThat(failure.status()).isEqualTo(204);
        assertThat(failure.requestId()).isEqualTo("req-204");
        assertThat(server.requestCount())
                .as("a processed request is not retried")
                .isEqualTo(1);
    }

    @Test
    void aBodyOfTheWrongShapeIsUnreadableWithAnExcerpt() {
        server.enqueue(Reply.json(200, "[{\"Id\":\"not-a-uuid\",\"Name\":\"x\"}]"));

        UnreadableResponseException failure =
                catchThrowableOfType(UnreadableResponseException.class, () -> client.exchange(GET_ITEMS, request));

        assertThat(failure.getMessage()).contains("the body is not a ItemsResult");
        assertThat(failure.rawBodyExcerpt()).isEqualTo("[{\"Id\":\"not-a-uuid\",\"Name\":\"x\"}]");
        assertThat(new String(failure.rawBody(), java.nio.charset.StandardCharsets.UTF_8))
                .as("the whole answer is kept: a contract gap never loses the response")
                .isEqualTo("[{\"Id\":\"not-a-uuid\",\"Name\":\"x\"}]");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aValueOfTheWrongFormIsReadAsNullWithItsViolation() {
        server.enqueue(Reply.json(200, "{\"Items\":[{\"Id\":\"not-a-uuid\",\"Name\":\"x\"}]}"));

        ApiResponse<ItemsResult> response = client.exchange(GET_ITEMS, request);

        assertThat(response.value().items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isNull();
            assertThat(item.name()).isEqualTo("x");
        });
        assertThat(response.metadata().violations())
                .containsExactly(new io.mewscontract.runtime.Violation("$.Items[0].Id", "expected a UUID"));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void htmlWithStatus200IsUnreadable() {
        server.enqueue(Reply.raw(200, java.util.Map.of("Content-Type", "text/html"), "<html>captive portal</html>"));

        UnreadableResponseException failure =
                catchThrowableOfType(UnreadableResponseException.class, () -> client.exchange(GET_ITEMS, request));

        assertThat(failure.rawBodyExcerpt()).isEqualTo("<html>captive portal</html>");
    }

    @Test
    void anEmpty200IsUnreadable() {
        server.enqueue(Reply.raw(200, java.util.Map.of(), ""));

        UnreadableResponseException failure =
                catchThrowableOfType(UnreadableResponseException.class, () -> client.exchange(GET_ITEMS, request));

        assertThat(failure.getMessage()).contains("the body is empty");
    }
}
