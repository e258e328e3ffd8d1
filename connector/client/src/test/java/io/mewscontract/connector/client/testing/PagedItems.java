package io.mewscontract.connector.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.connector.client.testing.LocalServer.RecordedRequest;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Server side of cursor pagination as the Connector API does it, over a fixed list of items (newest first): the
 * cursor is the id of the oldest item returned; an empty page has a {@code null} cursor, or is a {@code 204}
 * when the request said {@code Prefer: return=minimal}.
 *
 * @param ids the item ids, newest first
 * @param itemsProperty the response's item list property
 * @param itemWriter writes the item with an id into an empty JSON object
 */
public record PagedItems(List<UUID> ids, String itemsProperty, BiConsumer<ObjectNode, UUID> itemWriter)
        implements Function<RecordedRequest, Reply> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code count} items shaped as {@link TestApi.Item}, in a list called {@code Items}. */
    public static PagedItems of(int count) {
        return of(count, "Items", (node, id) -> node.put("Id", id.toString()).put("Name", "item " + index(id)));
    }

    public static PagedItems of(int count, String itemsProperty, BiConsumer<ObjectNode, UUID> itemWriter) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(0x1234, i));
        }
        return new PagedItems(List.copyOf(ids), itemsProperty, itemWriter);
    }

    @Override
    public Reply apply(RecordedRequest request) {
        JsonNode limitation = read(request.body()).path("Limitation");
        int count = limitation.path("Count").asInt();
        JsonNode cursor = limitation.path("Cursor");
        int start = cursor.isTextual() ? ids.indexOf(UUID.fromString(cursor.asText())) + 1 : 0;
        List<UUID> page = ids.subList(Math.min(start, ids.size()), Math.min(start + count, ids.size()));
        if (page.isEmpty() && "return=minimal".equals(request.header("Prefer"))) {
            return Reply.noContent();
        }
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray(itemsProperty);
        page.forEach(id -> itemWriter.accept(items.addObject(), id));
        body.put("Cursor", page.isEmpty() ? null : page.get(page.size() - 1).toString());
        return Reply.json(200, body.toString());
    }

    /** The position of an item made by {@link #of}, newest first. */
    public static long index(UUID id) {
        return id.getLeastSignificantBits();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
