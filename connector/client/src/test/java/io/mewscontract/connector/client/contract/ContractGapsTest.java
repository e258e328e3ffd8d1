package io.mewscontract.connector.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.ContractViolationException;
import io.mewscontract.connector.client.error.UnreadableResponseException;
import io.mewscontract.connector.client.http.ApiResponse;
import io.mewscontract.connector.client.http.CallListener;
import io.mewscontract.connector.client.http.ResponseMetadata;
import io.mewscontract.connector.client.http.ResponseReading;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.VirtualTime;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.operation.PaymentRequestsOperations;
import io.mewscontract.runtime.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Responses that break the spec are never lost (docs/client-faults.md): shaped like the payment-request pages of
 * the 2023 document versions, which leave out a property the spec calls required (invented data).
 */
class ContractGapsTest {

    private static final UUID ACCOUNT = UUID.fromString("5b1c2d3e-0964-4002-8719-afa900d0f1ba");

    /** Two payment requests: the first without Description, the second with a CreatedUtc no parser reads. */
    private static final String PAGE_2023 = """
            {"PaymentRequests": [
              {"Id": "0c4f1a55-4e47-4cf1-a7cb-afae00bd1c35", "EnterpriseId": "1aa85f64-5717-4562-b3fc-2c963f66afa6",
               "AccountId": "5b1c2d3e-0964-4002-8719-afa900d0f1ba", "ReservationId": null,
               "CreatedUtc": "2023-03-01T09:15:00Z", "UpdatedUtc": "2023-03-02T09:15:00Z", "State": "Pending",
               "Amount": {"Currency": "CZK", "NetValue": 250, "GrossValue": 250, "TaxValues": [],
                          "Breakdown": {"Items": [{"TaxRateCode": null, "NetValue": 250, "TaxValue": 0}]}},
               "Type": "Payment", "Reason": "GadgetDeposit", "ExpirationUtc": "2023-03-09T23:00:00Z",
               "Notes": null},
              {"Id": "7d2e9b10-a068-4a9f-83d3-afae00c39bfb",
               "AccountId": "5b1c2d3e-0964-4002-8719-afa900d0f1ba",
               "CreatedUtc": "last Tuesday", "UpdatedUtc": "2023-03-04T10:00:00Z", "State": "Canceled",
               "Amount": {"Currency": "CZK", "NetValue": 99.5, "GrossValue": 99.5, "TaxValues": [],
                          "Breakdown": {"Items": []}},
               "Type": "Payment", "Reason": "Prepayment", "ExpirationUtc": "2023-03-11T23:00:00Z",
               "Description": "Widget rental"}
            ],
            "Cursor": "7d2e9b10-a068-4a9f-83d3-afae00c39bfb"}
            """;

    private final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static PaymentRequestFilterParameters filter() {
        return PaymentRequestFilterParameters.builder()
                .accountIds(List.of(ACCOUNT))
                .limitation(Limitation.builder().count(10).build())
                .build();
    }

    @Test
    void leniently_theCallerGetsTheTypedPageWithNullWhereAValueCouldNotBeReadAndEveryViolation() {
        server.otherwise(request -> Reply.json(200, PAGE_2023));
        List<ResponseMetadata> reported = new CopyOnWriteArrayList<>();
        MewsConnectorClient client = Clients.builder(server, new VirtualTime())
                .listener(new CallListener() {
                    @Override
                    public void onContractViolations(ResponseMetadata response) {
                        reported.add(response);
                    }
                })
                .build();

        ApiResponse<PaymentRequestPage> response = client.exchange(PaymentRequestsOperations.GET_ALL, filter());

        List<PaymentRequest> items = response.value().paymentRequests();
        assertThat(items).hasSize(2);
        PaymentRequest first = items.get(0);
        assertThat(first.id()).isEqualTo(UUID.fromString("0c4f1a55-4e47-4cf1-a7cb-afae00bd1c35"));
        assertThat(first.description()).as("missing, so null").isNull();
        assertThat(first.amount().grossValue()).isEqualByComparingTo(new BigDecimal("250"));
        assertThat(first.reason().known())
                .as("an unknown reason is kept, not a violation")
                .isEqualTo(PaymentRequestReason.Known.UNKNOWN);
        assertThat(first.reason().value()).isEqualTo("GadgetDeposit");
        PaymentRequest second = items.get(1);
        assertThat(second.createdUtc()).as("unreadable, so null").isNull();
        assertThat(second.updatedUtc()).isEqualTo(Instant.parse("2023-03-04T10:00:00Z"));
        assertThat(second.description()).isEqualTo("Widget rental");
        assertThat(response.value().cursor()).isEqualTo("7d2e9b10-a068-4a9f-83d3-afae00c39bfb");

        List<Violation> expected = List.of(
                new Violation("$.PaymentRequests[1].CreatedUtc", "expected an ISO 8601 date-time"),
                new Violation("$.PaymentRequests[0].Description", "missing required property"));
        assertThat(response.metadata().violations()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(reported).singleElement().satisfies(metadata -> {
            assertThat(metadata.violations()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(metadata.requestId()).isEqualTo("req-200");
        });
        assertThat(server.requestCount()).as("not retried").isEqualTo(1);
    }

    @Test
    void strictly_theCallFailsWithTheSameTypedValueTheViolationsAndTheRawBody() {
        server.otherwise(request -> Reply.json(200, PAGE_2023));
        MewsConnectorClient client = Clients.builder(server, new VirtualTime())
                .responseReading(ResponseReading.STRICT)
                .build();

        ContractViolationException failure = catchThrowableOfType(
                ContractViolationException.class, () -> client.paymentRequests().getAll(filter()));

        PaymentRequestPage page = failure.value(PaymentRequestPage.class);
        assertThat(page.paymentRequests())
                .extracting(PaymentRequest::description)
                .containsExactly(null, "Widget rental");
        assertThat(failure.violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("$.PaymentRequests[0].Description", "$.PaymentRequests[1].CreatedUtc");
        assertThat(new String(failure.rawBody(), StandardCharsets.UTF_8)).isEqualTo(PAGE_2023);
        assertThat(failure)
                .hasMessageContaining("$.PaymentRequests[0].Description: missing required property")
                .hasMessageContaining("Request-Id: req-200");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aWrongTypedObjectOrListAndANullWhereNoneIsAllowedAreViolationsToo() {
        String body = """
                {"PaymentRequests": [{"Id": 17, "AccountId": "5b1c2d3e-0964-4002-8719-afa900d0f1ba",
                  "CreatedUtc": "2023-03-01T09:15:00Z", "UpdatedUtc": null, "State": "Pending",
                  "Amount": "250 CZK", "Type": "Payment", "Reason": "Prepayment",
                  "ExpirationUtc": "2023-03-09T23:00:00Z", "Description": ["not", "a", "string"]}],
                 "Cursor": null}
                """;
        server.otherwise(request -> Reply.json(200, body));
        MewsConnectorClient client = Clients.builder(server, new VirtualTime()).build();

        ApiResponse<PaymentRequestPage> response = client.exchange(PaymentRequestsOperations.GET_ALL, filter());

        PaymentRequest item = response.value().paymentRequests().get(0);
        assertThat(item.id()).isNull();
        assertThat(item.amount()).isNull();
        assertThat(item.description()).isNull();
        assertThat(item.createdUtc()).isEqualTo(Instant.parse("2023-03-01T09:15:00Z"));
        assertThat(response.metadata().violations())
                .containsExactlyInAnyOrder(
                        new Violation("$.PaymentRequests[0].Id", "expected a UUID"),
                        new Violation("$.PaymentRequests[0].Amount", "expected an object"),
                        new Violation("$.PaymentRequests[0].Description", "expected a string"),
                        new Violation("$.PaymentRequests[0].UpdatedUtc", "must not be null"));
    }

    @Test
    void aBodyThatKeepsTheContractReportsNoViolation() {
        server.otherwise(request -> Reply.json(200, "{\"PaymentRequests\": [], \"Cursor\": null}"));
        List<ResponseMetadata> reported = new CopyOnWriteArrayList<>();
        MewsConnectorClient client = Clients.builder(server, new VirtualTime())
                .listener(new CallListener() {
                    @Override
                    public void onContractViolations(ResponseMetadata response) {
                        reported.add(response);
                    }
                })
                .build();

        ApiResponse<PaymentRequestPage> response = client.exchange(PaymentRequestsOperations.GET_ALL, filter());

        assertThat(response.metadata().violations()).isEmpty();
        assertThat(reported).isEmpty();
    }

    @Test
    void aBodyOfWhichNothingCanBeTypedStillFailsAsUnreadableWithTheRawBodyKept() {
        server.otherwise(request -> Reply.json(200, "[\"not\", \"a\", \"page\"]"));
        MewsConnectorClient client = Clients.builder(server, new VirtualTime()).build();

        UnreadableResponseException failure = catchThrowableOfType(
                UnreadableResponseException.class,
                () -> client.paymentRequests().getAll(filter()));

        assertThat(new String(failure.rawBody(), StandardCharsets.UTF_8)).isEqualTo("[\"not\", \"a\", \"page\"]");
    }
}
