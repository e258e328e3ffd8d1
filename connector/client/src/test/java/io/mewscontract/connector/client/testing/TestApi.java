package io.mewscontract.connector.client.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.OperationKind;
import io.mewscontract.runtime.Validator;
import io.mewscontract.runtime.WireShapes;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Hand-written operations shaped like the generated ones (a read, a paginated read, a write, one without an
 * empty result), for tests of the transport that do not depend on the generated code.
 */
public final class TestApi {
    private TestApi() {}

    /** An item in responses. */
    public record Item(
            @JsonProperty("Id") UUID id,
            @JsonProperty("Name") String name) {}

    /** The request of every test operation: an id list (for batching) and a note (checked by the validator). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemsRequest(
            @JsonProperty("Ids") @Nullable List<UUID> ids,
            @JsonProperty("Note") @Nullable String note) {
        public static ItemsRequest of(List<UUID> ids) {
            return new ItemsRequest(ids, null);
        }
    }

    /** The response of the non-paginated operations. */
    public record ItemsResult(
            @JsonProperty("Items") @Nullable List<Item> items) {}

    /** The paginated request. */
    public record PageRequest(@JsonProperty("Limitation") Limitation limitation) {}

    /** Like the generated {@code Limitation}: an absent cursor is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Limitation(
            @JsonProperty("Count") int count,
            @JsonProperty("Cursor") @Nullable String cursor) {}

    /** One page. */
    public record Page(
            @JsonProperty("Items") List<Item> items,
            @JsonProperty("Cursor") @Nullable String cursor) {}

    /** A note longer than 5 characters, and each of more than 3 ids beyond the first 3, is a violation. */
    public static final Validator<ItemsRequest> ITEMS_VALIDATOR = (request, path, context) -> {
        if (request.note() != null && request.note().length() > 5) {
            context.add(path + ".Note", "must be at most 5 characters long");
        }
        if (request.ids() != null && request.ids().size() > 3) {
            context.add(path + ".Ids", "must hold at most 3 items");
        }
    };

    public static final Validator<CommonRequestFields> COMMON_VALIDATOR = Validator.none();

    public static final OperationDescriptor<ItemsRequest, ItemsResult> GET_ITEMS = new OperationDescriptor<>(
            "getAllItems",
            "items",
            "getAll",
            "/api/connector/v1/items/getAll",
            OperationKind.READ,
            ItemsRequest.class,
            ItemsResult.class,
            ITEMS_VALIDATOR,
            COMMON_VALIDATOR,
            new ItemsResult(List.of()),
            WireShapes.NONE);

    public static final OperationDescriptor<ItemsRequest, ItemsResult> ADD_ITEMS = new OperationDescriptor<>(
            "addItems",
            "items",
            "add",
            "/api/connector/v1/items/add",
            OperationKind.WRITE,
            ItemsRequest.class,
            ItemsResult.class,
            ITEMS_VALIDATOR,
            COMMON_VALIDATOR,
            new ItemsResult(List.of()),
            WireShapes.NONE);

    /** A read whose result cannot be empty: a 204 is not a valid answer. */
    public static final OperationDescriptor<ItemsRequest, ItemsResult> GET_ONE = new OperationDescriptor<>(
            "getOneItem",
            "items",
            "getOne",
            "/api/connector/v1/items/getOne",
            OperationKind.READ,
            ItemsRequest.class,
            ItemsResult.class,
            ITEMS_VALIDATOR,
            COMMON_VALIDATOR,
            null,
            WireShapes.NONE);

    public static final OperationDescriptor<PageRequest, Page> GET_PAGE = new OperationDescriptor<>(
            "getItemPage",
            "items",
            "getPage",
            "/api/connector/v1/items/getPage",
            OperationKind.READ,
            PageRequest.class,
            Page.class,
            Validator.none(),
            COMMON_VALIDATOR,
            new Page(List.of(), null),
            WireShapes.NONE);

    public static final String ITEMS_JSON =
            "{\"Items\":[{\"Id\":\"8466dfdd-0964-4e5a-9a6b-b0d001ac3a67\"," + "\"Name\":\"one\"}]}";
}
