package com.example.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.sandbox.SandboxClock;
import io.mewscontract.sandbox.junit.MewsSandboxExtension;
import io.mewscontract.sandbox.junit.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A configured sandbox per test: a fixed start time and the team's own customers and payment requests. */
class SeededDataAndClockTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID CUSTOMER = UUID.fromString("6f0e2a8c-1b7d-4c3e-9a55-0d2b8e7f4a11");
    private static final UUID PAYMENT_REQUEST = UUID.fromString("0b9c4d2e-7a1f-4e6b-8c3d-5f2a9e1b7c40");

    @RegisterExtension
    final MewsSandboxExtension sandbox = MewsSandboxExtension.perTest()
            .startingAt(START)
            .preauthorizations(TestData.preauthorization(CUSTOMER)
                    .amount(TestData.amount("CZK", new BigDecimal("2500.00")))
                    .build())
            .paymentRequests(TestData.paymentRequest(START)
                    .id(PAYMENT_REQUEST)
                    .accountId(CUSTOMER)
                    .expirationUtc(START.plus(Duration.ofDays(2)))
                    .build());

    private static PaymentRequestFilterParameters ofCustomer() {
        return PaymentRequestFilterParameters.builder()
                .accountIds(List.of(CUSTOMER))
                .limitation(new Limitation(10, null))
                .build();
    }

    @Test
    void theSeededPreauthorizationIsServed(MewsConnectorClient client) {
        List<Preauthorization> preauthorizations = client.preauthorizations()
                .getAllByCustomers(new PreauthorizationsByCustomersParameters(List.of(CUSTOMER)))
                .preauthorizations();

        assertThat(preauthorizations).singleElement().satisfies(preauthorization -> {
            assertThat(preauthorization.customerId()).isEqualTo(CUSTOMER);
            assertThat(preauthorization.amount().grossValue()).isEqualTo(new BigDecimal("2500.00"));
            assertThat(preauthorization.amount().currency()).isEqualTo("CZK");
        });
    }

    @Test
    void aSeededPaymentRequestExpiresWhenTheClockPassesItsExpiration(MewsConnectorClient client, SandboxClock clock) {
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(client.paymentRequests().getAll(ofCustomer()).paymentRequests())
                .singleElement()
                .extracting(PaymentRequest::id, PaymentRequest::state)
                .containsExactly(PAYMENT_REQUEST, PaymentRequestState.PENDING);

        clock.advance(Duration.ofDays(3));

        assertThat(client.paymentRequests().getAll(ofCustomer()).paymentRequests())
                .singleElement()
                .extracting(PaymentRequest::state)
                .isEqualTo(PaymentRequestState.EXPIRED);
    }

    @Test
    void theAccessorsAnswerForTheRunningTest() {
        assertThat(sandbox.clock().instant()).isEqualTo(START);
        assertThat(sandbox.baseUri()).isEqualTo(sandbox.sandbox().baseUri());
        assertThat(sandbox.client()
                        .preauthorizations()
                        .getAllByCustomers(new PreauthorizationsByCustomersParameters(List.of(CUSTOMER)))
                        .preauthorizations())
                .hasSize(1);
        assertThat(sandbox.exchanges().size()).isEqualTo(1);
    }
}
