package com.example.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.model.CurrencyValue;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestParameters;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.PaymentRequestType;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.SandboxClock;
import io.mewscontract.sandbox.http.RecordedExchange;
import io.mewscontract.sandbox.junit.MewsSandbox;
import io.mewscontract.sandbox.junit.RecordedExchanges;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The simplest use: the annotation, a fresh sandbox per test, everything taken as parameters. */
@MewsSandbox
class PaymentRequestsTest {

    /** What the team's own code would send: a payment request for an account. */
    private static PaymentRequestAddParameters request(UUID account, SandboxClock clock) {
        return PaymentRequestAddParameters.builder()
                .paymentRequests(List.of(PaymentRequestParameters.builder()
                        .accountId(account)
                        .amount(new CurrencyValue("EUR", new BigDecimal("42.00")))
                        .type(PaymentRequestType.PAYMENT)
                        .reason(PaymentRequestReason.PREPAYMENT)
                        .expirationUtc(clock.instant().plus(Duration.ofDays(3)))
                        .description("Deposit")
                        .build()))
                .build();
    }

    @Test
    void addsAPaymentRequestAndTheExchangeIsRecorded(
            MewsConnectorClient client, SandboxClock clock, RecordedExchanges exchanges, Sandbox sandbox) {
        assertThat(sandbox.paymentRequests().size()).as("a fresh sandbox").isZero();
        UUID account = UUID.randomUUID();

        List<PaymentRequest> added =
                client.paymentRequests().add(request(account, clock)).paymentRequests();

        assertThat(added).singleElement().satisfies(request -> {
            assertThat(request.state()).isEqualTo(PaymentRequestState.PENDING);
            assertThat(request.createdUtc()).isEqualTo(clock.instant());
        });
        RecordedExchange exchange = exchanges.last();
        assertThat(exchange.path()).isEqualTo("/api/connector/v1/paymentRequests/add");
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.requestText()).contains("\"AccountId\":\"" + account + "\"", "\"Description\":\"Deposit\"");
        assertThat(exchanges.of("paymentRequests/add")).hasSize(1);
        assertThat(sandbox.paymentRequests().size()).isEqualTo(1);
    }

    @Test
    void anotherTestStartsFromAnEmptySandboxToo(
            MewsConnectorClient client, SandboxClock clock, Sandbox sandbox, RecordedExchanges exchanges) {
        assertThat(sandbox.paymentRequests().size())
                .as("nothing left from the other test")
                .isZero();
        assertThat(exchanges.all()).isEmpty();

        client.paymentRequests().add(request(UUID.randomUUID(), clock));

        assertThat(sandbox.paymentRequests().size()).isEqualTo(1);
    }
}
