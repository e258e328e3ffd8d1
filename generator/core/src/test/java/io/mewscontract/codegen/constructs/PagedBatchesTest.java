package io.mewscontract.codegen.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.runtime.ClientTransport;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pagination with id batching on one read (about 60 Connector API reads have both), and pages carrying several
 * lists: each chunk of ids is paged to its end with its own cursor; whole pages stream with their side lists.
 */
class PagedBatchesTest {

    private static final ObjectMapper JSON = JsonMappers.client();

    /** A server of two pages per chunk, recording each request as JSON; cursors name their chunk. */
    static final class TwoPagesPerChunk implements ClientTransport {
        final List<JsonNode> requests = new ArrayList<>();

        @Override
        public <Q, R> R send(OperationDescriptor<Q, R> operation, Q request) {
            JsonNode sent = JSON.valueToTree(request);
            requests.add(sent);
            String chunk = sent.get("WidgetIds").toString();
            boolean first = sent.at("/Limitation/Cursor").isMissingNode()
                    || sent.at("/Limitation/Cursor").isNull();
            ObjectNode page = JSON.createObjectNode();
            ArrayNode widgets = page.putArray("Widgets");
            widgets.addObject().put("Id", chunk + (first ? " page 1" : " page 2"));
            page.putArray("Gadgets").addObject().put("Id", "gadget of " + chunk);
            if (first) {
                page.put(
                        "Cursor",
                        UUID.nameUUIDFromBytes(chunk.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .toString());
            }
            return JSON.convertValue(page, operation.responseType());
        }

        @Override
        public <Q, R> CompletableFuture<R> sendAsync(OperationDescriptor<Q, R> operation, Q request) {
            return CompletableFuture.completedFuture(send(operation, request));
        }
    }

    private static Object client(ClientTransport transport) throws Exception {
        Class<?> clients = ConstructsTest.type("client.WidgetsClient");
        return clients.getMethod("create", ClientTransport.class).invoke(null, transport);
    }

    private static Object request(String json) throws Exception {
        return JSON.readValue(json, ConstructsTest.type("model.WidgetIdsFilter"));
    }

    @Test
    void eachChunkIsPagedToItsEndAndNoCursorLeaksAcrossChunks() throws Exception {
        TwoPagesPerChunk server = new TwoPagesPerChunk();
        Object client = client(server);
        Object request = request("{\"Limitation\":{\"Count\":1},\"WidgetIds\":[\"a\",\"b\",\"c\"]}");

        Stream<?> items = (Stream<?>) ConstructsTest.type("client.WidgetsClient")
                .getMethod("getAllByIdsItems", request.getClass())
                .invoke(client, request);
        List<String> ids = new ArrayList<>();
        for (Object item : items.toList()) {
            ids.add((String) item.getClass().getMethod("id").invoke(item));
        }

        assertThat(ids)
                .containsExactly("[\"a\",\"b\"] page 1", "[\"a\",\"b\"] page 2", "[\"c\"] page 1", "[\"c\"] page 2");
        assertThat(server.requests).hasSize(4);
        assertThat(server.requests.get(2).at("/Limitation/Cursor").isMissingNode())
                .as("the second chunk starts without the first chunk's cursor")
                .isTrue();
        assertThat(server.requests.get(1).at("/Limitation/Cursor").asText())
                .isEqualTo(UUID.nameUUIDFromBytes("[\"a\",\"b\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString());
        // The merged single call carries no cursor: none of the chunks' cursors continues it.
        Object merged = ConstructsTest.type("client.WidgetsClient")
                .getMethod("getAllByIds", request.getClass())
                .invoke(client, request);
        assertThat(merged.getClass().getMethod("cursor").invoke(merged)).isNull();
    }

    @Test
    void pagesCarryingSeveralListsStreamWhole() throws Exception {
        TwoPagesPerChunk server = new TwoPagesPerChunk();
        Object client = client(server);
        Object request = request("{\"Limitation\":{\"Count\":1},\"WidgetIds\":[\"a\"]}");

        Stream<?> pages = (Stream<?>) ConstructsTest.type("client.WidgetsClient")
                .getMethod("getAllByIdsPages", request.getClass())
                .invoke(client, request);
        List<?> all = pages.toList();

        assertThat(all).hasSize(2);
        Object gadgets = all.get(1).getClass().getMethod("gadgets").invoke(all.get(1));
        assertThat((List<?>) gadgets).hasSize(1);
        assertThat(ConstructsTest.source("client/WidgetsClient.java")).contains("Stream<WidgetPage> getAllByIdsPages(");
    }
}
