package io.mewscontract.connector.server.testapi;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.runtime.Checks;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.OpenEnum;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.OperationKind;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.runtime.ServerOperation;
import io.mewscontract.runtime.ValidationContext;
import io.mewscontract.runtime.Validator;
import io.mewscontract.runtime.WireProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A small API written by hand the way the generator writes code (records with wire names, an open enum,
 * validators calling {@link Checks}, descriptors and an operation table bound with method references), so the
 * router is tested on the shapes it will meet without depending on generated code. Two operations: a paginated
 * read ({@code items/getAll}, whose empty page is its 204) and a write ({@code items/add}, no 204).
 */
public final class TestApi {
    private TestApi() {}

    public static final String GET_ALL_PATH = "/api/connector/v1/items/getAll";
    public static final String ADD_PATH = "/api/connector/v1/items/add";

    /** What a server implements (the generated service interface's shape). */
    public interface ItemsService {
        Page getAll(GetAllRequest request, RequestContext context);

        AddResult add(AddRequest request, RequestContext context);
    }

    public record Limitation(
            @JsonProperty(value = "Count", required = true) int count,

            @JsonProperty("Cursor") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            UUID cursor) {}

    public record GetAllRequest(
            @JsonProperty(value = "Limitation", required = true)
            Limitation limitation,

            @JsonProperty("States") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            List<State> states) {
        public GetAllRequest {
            Objects.requireNonNull(limitation, "limitation is required");
            states = states == null ? null : List.copyOf(states);
        }
    }

    /**
     * A shared record, in requests ({@link NewItem}) and responses ({@link Item}): generated like a response record,
     * it collects unknown properties (a client keeps them), which the server must still refuse.
     */
    public record Amount(
            @JsonProperty(value = "Currency", required = true)
            String currency,

            @JsonProperty(value = "Value", required = true) BigDecimal value,

            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
        public Amount {
            Objects.requireNonNull(currency, "currency is required");
            Objects.requireNonNull(value, "value is required");
            additionalProperties = additionalProperties == null ? Map.of() : Map.copyOf(additionalProperties);
        }

        public Amount(String currency, BigDecimal value) {
            this(currency, value, Map.of());
        }
    }

    public record NewItem(
            @JsonProperty(value = "AccountId", required = true)
            UUID accountId,

            @JsonProperty(value = "Amount", required = true) Amount amount,

            @JsonProperty(value = "Description", required = true)
            String description,

            @JsonProperty("ExpirationUtc") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Instant expirationUtc,

            @JsonProperty(value = "Notes", required = true) @Nullable
            String notes) {
        public NewItem {
            Objects.requireNonNull(accountId, "accountId is required");
            Objects.requireNonNull(amount, "amount is required");
            Objects.requireNonNull(description, "description is required");
        }
    }

    public record AddRequest(
            @JsonProperty(value = "Items", required = true) List<NewItem> items) {
        public AddRequest {
            items = List.copyOf(items);
        }
    }

    public record Item(
            @JsonProperty(value = "Id", required = true) UUID id,
            @JsonProperty(value = "Amount", required = true) Amount amount,
            @JsonProperty(value = "State", required = true) State state) {}

    /** A response record: keeps unknown properties, like every generated response type. */
    public record Page(
            @JsonProperty(value = "Items", required = true) List<Item> items,

            @JsonProperty(value = "Cursor", required = true) @Nullable
            UUID cursor,

            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
        public Page {
            items = List.copyOf(items);
            additionalProperties = additionalProperties == null ? Map.of() : Map.copyOf(additionalProperties);
        }

        public Page(List<Item> items, @Nullable UUID cursor) {
            this(items, cursor, Map.of());
        }
    }

    public record AddResult(
            @JsonProperty(value = "Items", required = true) List<Item> items) {
        public AddResult {
            items = List.copyOf(items);
        }
    }

    /** An open enum: unknown values are kept, and rejected only by server-mode validation. */
    public static final class State implements OpenEnum {
        public static final State PENDING = new State("Pending");
        public static final State COMPLETED = new State("Completed");
        public static final List<State> KNOWN = List.of(PENDING, COMPLETED);

        private final String value;

        private State(String value) {
            this.value = value;
        }

        @JsonCreator
        public static State of(String value) {
            return KNOWN.stream().filter(s -> s.value.equals(value)).findFirst().orElseGet(() -> new State(value));
        }

        @JsonValue
        @Override
        public String value() {
            return value;
        }

        @Override
        public boolean isKnown() {
            return KNOWN.stream().anyMatch(s -> s.value.equals(value));
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof State state && state.value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return value;
        }
    }

    static final Validator<CommonRequestFields> COMMON_VALIDATOR = (value, path, context) -> {
        Checks.minLength(context, path + ".ClientToken", value.clientToken(), 1);
        Checks.minLength(context, path + ".AccessToken", value.accessToken(), 1);
        Checks.allOrNone(
                context, path, List.of("LanguageCode", "CultureCode"), value.languageCode(), value.cultureCode());
    };

    static final Validator<GetAllRequest> GET_ALL_VALIDATOR = (value, path, context) -> {
        Checks.minimum(context, path + ".Limitation.Count", value.limitation().count(), "1");
        Checks.maximum(context, path + ".Limitation.Count", value.limitation().count(), "1000");
        List<State> states = value.states();
        if (states != null) {
            for (int i = 0; i < states.size(); i++) {
                Checks.knownValue(context, path + ".States[" + i + "]", states.get(i), State.KNOWN);
            }
        }
    };

    static final Validator<AddRequest> ADD_VALIDATOR = TestApi::validateAdd;

    private static void validateAdd(AddRequest value, String path, ValidationContext context) {
        Checks.minItems(context, path + ".Items", value.items(), 1);
        Checks.maxItems(context, path + ".Items", value.items(), 10);
        for (int i = 0; i < value.items().size(); i++) {
            NewItem item = value.items().get(i);
            String itemPath = path + ".Items[" + i + "]";
            Checks.maxLength(context, itemPath + ".Description", item.description(), 20);
            Checks.exclusiveMinimum(
                    context, itemPath + ".Amount.Value", item.amount().value(), "0");
        }
    }

    public static final OperationDescriptor<GetAllRequest, Page> GET_ALL = new OperationDescriptor<>(
            "getAllItems",
            "items",
            "getAll",
            GET_ALL_PATH,
            OperationKind.READ,
            GetAllRequest.class,
            Page.class,
            GET_ALL_VALIDATOR,
            COMMON_VALIDATOR,
            new Page(List.of(), null),
            TestApi::shapeOf);

    public static final OperationDescriptor<AddRequest, AddResult> ADD = new OperationDescriptor<>(
            "addItems",
            "items",
            "add",
            ADD_PATH,
            OperationKind.WRITE,
            AddRequest.class,
            AddResult.class,
            ADD_VALIDATOR,
            COMMON_VALIDATOR,
            null,
            TestApi::shapeOf);

    /** The wire properties of the request records, as the generated {@code RequestShapes} writes them. */
    static List<WireProperty> shapeOf(Class<?> type) {
        if (type == CommonRequestFields.class) {
            return List.of(
                    new WireProperty("ClientToken", true, false, null),
                    new WireProperty("AccessToken", true, false, null),
                    new WireProperty("Client", true, false, null),
                    new WireProperty("LanguageCode", false, true, null),
                    new WireProperty("CultureCode", false, true, null));
        }
        if (type == GetAllRequest.class) {
            return List.of(
                    new WireProperty("Limitation", true, false, Limitation.class),
                    new WireProperty("States", false, true, null));
        }
        if (type == Limitation.class) {
            return List.of(new WireProperty("Count", true, false, null), new WireProperty("Cursor", false, true, null));
        }
        if (type == AddRequest.class) {
            return List.of(new WireProperty("Items", true, false, NewItem.class));
        }
        if (type == NewItem.class) {
            return List.of(
                    new WireProperty("AccountId", true, false, null),
                    new WireProperty("Amount", true, false, Amount.class),
                    new WireProperty("Description", true, false, null),
                    new WireProperty("ExpirationUtc", false, true, null),
                    new WireProperty("Notes", true, true, null));
        }
        if (type == Amount.class) {
            return List.of(
                    new WireProperty("Currency", true, false, null), new WireProperty("Value", true, false, null));
        }
        return List.of();
    }

    /** The operation table, as the generated {@code create(...)} builds it. */
    public static Map<String, ServerOperation<?, ?>> table(ItemsService items) {
        Objects.requireNonNull(items, "items");
        return ServerOperation.tableOf(
                new ServerOperation<>(GET_ALL, items::getAll), new ServerOperation<>(ADD, items::add));
    }
}
