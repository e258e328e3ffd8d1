package io.mewscontract.connector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.client.error.InvalidRequestException;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.RecordedRequest;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.PagedItems;
import io.mewscontract.connector.client.testing.VirtualTime;
import io.mewscontract.connector.model.CurrencyValue;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestAddResult;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestParameters;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.PaymentRequestType;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.model.PreauthorizationResult;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.runtime.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated resource groups, reached through {@link MewsConnectorClient}, against a real local server. */
class GeneratedClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ACCOUNT = UUID.fromString("a5c0a8ad-7a9c-4e7b-8a6e-b0d001ac3a67");

    private final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private MewsConnectorClient client(boolean preferMinimal) {
        return Clients.builder(server, new VirtualTime())
                .preferMinimal(preferMinimal)
                .build();
    }

    // ---- pagination: paymentRequests/getAll ------------------------------------------------------------------

    private static final BiConsumer<ObjectNode, UUID> PAYMENT_REQUEST = (node, id) -> node.put("Id", id.toString())
            .put("AccountId", ACCOUNT.toString())
            .put("CreatedUtc", "2023-10-01T11:48:57Z")
            .put("UpdatedUtc", "2023-10-01T11:48:57Z")
            .put("State", "Pending")
            .<ObjectNode>set("Amount", amount())
            .put("Type", "Payment")
            .put("Reason", "Prepayment")
            .put("ExpirationUtc", "2023-10-08T11:48:57Z")
            .put("Description", "Prepayment " + PagedItems.index(id));

    private static PaymentRequestFilterParameters pending(int pageSize) {
        return PaymentRequestFilterParameters.builder()
                .accountIds(List.of(ACCOUNT))
                .states(List.of(PaymentRequestState.PENDING))
                .limitation(Limitation.builder().count(pageSize).build())
                .build();
    }

    @ParameterizedTest(name = "{0} payment requests in pages of {1}, Prefer: return=minimal {2} -> {3} requests")
    @CsvSource({
        "0,  100, false, 1",
        "0,  100, true,  1",
        "1,  100, false, 1",
        "1,  100, true,  1",
        "250, 100, false, 3",
        "250, 100, true,  3",
        "300, 100, false, 4",
        "300, 100, true,  4",
    })
    void getAllItemsPagesLazilyThroughEveryPage(int items, int pageSize, boolean minimal, int requests) {
        PagedItems data = PagedItems.of(items, "PaymentRequests", PAYMENT_REQUEST);
        server.otherwise(data);

        List<PaymentRequest> all =
                client(minimal).paymentRequests().getAllItems(pending(pageSize)).toList();

        assertThat(all).extracting(PaymentRequest::id).containsExactlyElementsOf(data.ids());
        assertThat(server.requestCount()).isEqualTo(requests);
        assertThat(server.requests()).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/api/connector/v1/paymentRequests/getAll");
            assertThat(request.body()).contains("\"States\":[\"Pending\"]");
        });
    }

    @Test
    void getAllReturnsOnePageAndGetAllItemsFetchesOnlyWhatIsConsumed() {
        server.otherwise(PagedItems.of(1_000, "PaymentRequests", PAYMENT_REQUEST));
        MewsConnectorClient client = client(false);

        assertThat(client.paymentRequests().getAll(pending(10)).paymentRequests())
                .hasSize(10);
        assertThat(server.requestCount()).isEqualTo(1);

        assertThat(client.paymentRequests().getAllItems(pending(10)).limit(25).count())
                .isEqualTo(25);
        assertThat(server.requestCount()).isEqualTo(1 + 3);
    }

    @Test
    void unknownEnumValuesAndPropertiesFromANewerServerAreKept() {
        PagedItems data = PagedItems.of(
                1,
                "PaymentRequests",
                PAYMENT_REQUEST.andThen(
                        (node, id) -> node.put("State", "PartiallyRefunded").put("AddedLater", "kept")));
        server.otherwise(data);

        PaymentRequest request = client(false)
                .paymentRequests()
                .getAll(pending(5))
                .paymentRequests()
                .get(0);

        assertThat(request.state().isKnown()).isFalse();
        assertThat(request.state().value()).isEqualTo("PartiallyRefunded");
        assertThat(request.state().known()).isEqualTo(PaymentRequestState.Known.UNKNOWN);
        assertThat(request.additionalProperties()).containsKey("AddedLater");
    }

    // ---- batching: preauthorizations/getAllByCustomers -------------------------------------------------------

    /** One preauthorization per customer id in the request, in the request's order. */
    private static Reply preauthorizationsFor(RecordedRequest request) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("Preauthorizations");
        for (JsonNode customer : read(request.body()).path("CustomerIds")) {
            items.addObject()
                    .put("Id", UUID.randomUUID().toString())
                    .put("CustomerId", customer.asText())
                    .putNull("CreditCardId")
                    .<ObjectNode>set("Amount", amount())
                    .put("State", "Chargeable")
                    .put("IsActive", true);
        }
        return Reply.json(200, body.toString());
    }

    @ParameterizedTest(name = "{0} customer ids -> requests of {1}")
    @CsvSource({"1, 1", "1000, 1000", "1001, 1000 1", "2500, 1000 1000 500"})
    void getAllByCustomersSplitsLongIdListsAndMergesInInputOrder(int customers, String chunkSizes) throws Exception {
        server.otherwise(GeneratedClientTest::preauthorizationsFor);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            ids.add(new UUID(42, i));
        }
        PreauthorizationsByCustomersParameters request = PreauthorizationsByCustomersParameters.builder()
                .customerIds(ids)
                .build();
        MewsConnectorClient client = client(false);

        PreauthorizationResult blocking = client.preauthorizations().getAllByCustomers(request);
        List<Integer> sentSizes = server.requests().stream()
                .map(sent -> read(sent.body()).path("CustomerIds").size())
                .toList();
        PreauthorizationResult async =
                client.preauthorizations().getAllByCustomersAsync(request).get(10, TimeUnit.SECONDS);

        assertThat(sentSizes).map(String::valueOf).containsExactly(chunkSizes.split(" "));
        assertThat(blocking.preauthorizations())
                .extracting(Preauthorization::customerId)
                .containsExactlyElementsOf(ids);
        assertThat(async.preauthorizations())
                .extracting(Preauthorization::customerId)
                .containsExactlyElementsOf(ids);
        assertThat(server.requestCount()).isEqualTo(2 * sentSizes.size());
    }

    // ---- writes: never split, validated before sending -------------------------------------------------------

    private static PaymentRequestParameters paymentRequest(String description) {
        return PaymentRequestParameters.builder()
                .accountId(ACCOUNT)
                .amount(CurrencyValue.builder()
                        .currency("EUR")
                        .value(new BigDecimal("100.00"))
                        .build())
                .type(PaymentRequestType.PAYMENT)
                .reason(PaymentRequestReason.PREPAYMENT)
                .expirationUtc(Instant.parse("2026-04-01T00:00:00Z"))
                .description(description)
                .build();
    }

    @Test
    void aWriteOverTheIdLimitIsRejectedWholeBeforeSending() {
        MewsConnectorClient client = client(false);
        List<UUID> tooMany = Collections.nCopies(1_001, UUID.randomUUID());
        List<PaymentRequestParameters> tooManyRequests = Collections.nCopies(1_001, paymentRequest("x"));

        InvalidRequestException cancel = catchThrowableOfType(
                InvalidRequestException.class,
                () -> client.paymentRequests()
                        .cancel(PaymentRequestCancelParameters.builder()
                                .paymentRequestIds(tooMany)
                                .build()));
        InvalidRequestException add = catchThrowableOfType(
                InvalidRequestException.class,
                () -> client.paymentRequests()
                        .add(PaymentRequestAddParameters.builder()
                                .paymentRequests(tooManyRequests)
                                .build()));

        assertThat(cancel.violations()).extracting(Violation::path).containsExactly("$.PaymentRequestIds");
        assertThat(add.violations()).extracting(Violation::path).containsExactly("$.PaymentRequests");
        assertThat(server.requestCount())
                .as("no partial write: nothing was sent")
                .isZero();
    }

    @Test
    void everyViolationOfAnAddIsListedWithItsPath() {
        PaymentRequestParameters bad = paymentRequest("d".repeat(1_001)).toBuilder()
                .amount(CurrencyValue.builder()
                        .currency("eur")
                        .value(BigDecimal.ONE)
                        .build())
                .notes("n".repeat(1_001))
                .build();

        InvalidRequestException failure = catchThrowableOfType(
                InvalidRequestException.class,
                () -> client(false)
                        .paymentRequests()
                        .add(PaymentRequestAddParameters.builder()
                                .paymentRequests(List.of(paymentRequest("ok"), bad))
                                .build()));

        assertThat(failure.violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "$.PaymentRequests[1].Amount.Currency",
                        "$.PaymentRequests[1].Description",
                        "$.PaymentRequests[1].Notes");
        assertThat(failure.violations())
                .contains(new Violation("$.PaymentRequests[1].Amount.Currency", "must match the pattern ^[A-Z]{3}$"));
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void addSendsToItsExactPathAndReadsTheResult() throws Exception {
        server.otherwise(request -> {
            ObjectNode body = JSON.createObjectNode();
            PAYMENT_REQUEST.accept(body.putArray("PaymentRequests").addObject(), new UUID(0x1234, 7));
            return Reply.json(200, body.toString());
        });
        PaymentRequestAddParameters add = PaymentRequestAddParameters.builder()
                .paymentRequests(List.of(paymentRequest("Prepayment for your stay")))
                .build();
        MewsConnectorClient client = client(false);

        PaymentRequestAddResult result = client.paymentRequests().add(add);
        PaymentRequestAddResult async = client.paymentRequests().addAsync(add).get(5, TimeUnit.SECONDS);

        assertThat(result.paymentRequests())
                .singleElement()
                .satisfies(added -> assertThat(added.state()).isEqualTo(PaymentRequestState.PENDING));
        assertThat(async).isEqualTo(result);
        RecordedRequest sent = server.requests().get(0);
        assertThat(sent.path()).isEqualTo("/api/connector/v1/paymentRequests/add");
        assertThat(read(sent.body())
                        .path("PaymentRequests")
                        .get(0)
                        .path("Amount")
                        .path("Value")
                        .decimalValue())
                .isEqualByComparingTo("100.00");
        assertThat(read(sent.body()).path("Client").asText()).isEqualTo("Sample Client 1.0.0");
    }

    @Test
    void aForbiddenCancelCarriesTheMessageForTheUser() {
        server.enqueue(Reply.error(403, "The payment request is not pending and cannot be canceled."));

        ForbiddenException failure = catchThrowableOfType(
                ForbiddenException.class,
                () -> client(false)
                        .paymentRequests()
                        .cancel(PaymentRequestCancelParameters.builder()
                                .paymentRequestIds(List.of(UUID.randomUUID()))
                                .build()));

        assertThat(failure.userMessage()).isEqualTo("The payment request is not pending and cannot be canceled.");
        assertThat(failure.operationId()).isEqualTo("cancelPaymentRequests");
        assertThat(server.requests())
                .extracting(RecordedRequest::path)
                .containsExactly("/api/connector/v1/paymentRequests/cancel");
    }

    private static ObjectNode amount() {
        ObjectNode amount = JSON.createObjectNode()
                .put("Currency", "EUR")
                .put("NetValue", new BigDecimal("82.64"))
                .put("GrossValue", new BigDecimal("100.00"));
        amount.putArray("TaxValues").addObject().put("Code", "DE-2020-1-S").put("Value", new BigDecimal("17.36"));
        return amount;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
