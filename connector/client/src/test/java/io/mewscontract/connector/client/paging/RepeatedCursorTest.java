package io.mewscontract.connector.client.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.connector.client.error.RepeatedCursorException;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.VirtualTime;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.operation.PaymentRequestsOperations;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers a page with the cursor it was sent would make a client page forever. The generated
 * client's paging methods stop there with a {@link RepeatedCursorException}: a {@link MewsException}, like every
 * other failure of a call (issue 13: one exception hierarchy), naming the operation and never a token.
 */
class RepeatedCursorTest {

    private static final UUID ACCOUNT = UUID.fromString("a5c0a8ad-7a9c-4e7b-8a6e-b0d001ac3a67");
    private static final UUID STUCK = UUID.fromString("0d9a3c5e-1111-4d2a-9b6e-5f0e2b7c8d41");

    private final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every page holds two new items and the same cursor, whatever cursor was sent. */
    private void stuckServer() {
        server.otherwise(request -> {
            ObjectNode page = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < 2; i++) {
                ObjectNode item = page.withArray("PaymentRequests").addObject();
                item.put("Id", UUID.randomUUID().toString())
                        .put("AccountId", ACCOUNT.toString())
                        .put("CreatedUtc", "2023-10-01T11:48:57Z")
                        .put("UpdatedUtc", "2023-10-01T11:48:57Z")
                        .put("State", "Pending")
                        .put("Type", "Payment")
                        .put("Reason", "Prepayment")
                        .put("ExpirationUtc", "2023-10-08T11:48:57Z")
                        .put("Description", "Prepayment");
                ObjectNode amount = item.putObject("Amount")
                        .put("Currency", "EUR")
                        .put("NetValue", new BigDecimal("10"))
                        .put("GrossValue", new BigDecimal("10"));
                amount.putArray("TaxValues");
            }
            page.put("Cursor", STUCK.toString());
            return Reply.json(200, page.toString());
        });
    }

    private static PaymentRequestFilterParameters firstPage() {
        return PaymentRequestFilterParameters.builder()
                .accountIds(List.of(ACCOUNT))
                .limitation(Limitation.builder().count(2).build())
                .build();
    }

    private MewsConnectorClient client() {
        return Clients.builder(server, new VirtualTime()).build();
    }

    @Test
    void streamingItemsStopsWithAMewsExceptionNamingTheOperation() {
        stuckServer();
        check(client -> client.paymentRequests().getAllItems(firstPage()), PaymentRequest.class);
    }

    private <T> void check(Function<MewsConnectorClient, Stream<T>> paging, Class<T> type) {
        Iterator<T> stream = paging.apply(client()).iterator();
        // The first page is fine: its cursor is new.
        assertThat(stream.next()).isInstanceOf(type);

        Throwable thrown = catchThrowable(() -> {
            while (stream.hasNext()) {
                stream.next();
            }
        });

        assertThat(thrown).isInstanceOf(MewsException.class).isInstanceOf(RepeatedCursorException.class);
        RepeatedCursorException repeated = (RepeatedCursorException) thrown;
        assertThat(repeated.operationId()).isEqualTo(PaymentRequestsOperations.GET_ALL.operationId());
        assertThat(repeated.path()).isEqualTo("/api/connector/v1/paymentRequests/getAll");
        assertThat(repeated.cursor()).isEqualTo(STUCK.toString());
        assertThat(repeated.getMessage())
                .startsWith(PaymentRequestsOperations.GET_ALL.operationId() + " returned the cursor it was sent")
                .contains(STUCK.toString())
                .doesNotContain(Clients.CLIENT_TOKEN, Clients.ACCESS_TOKEN, "E0D439EE522F4436", "C66EF7B239D24632");
        assertThat(server.requestCount())
                .as("the first page, then the one that repeated its cursor; no third")
                .isEqualTo(2);
    }
}
