package io.mewscontract.sandbox.junit;

import io.mewscontract.connector.model.Amount;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.PaymentRequestType;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.model.PreauthorizationState;
import io.mewscontract.sandbox.auth.DemoTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data to seed a sandbox with: the generated records' builders, every required value filled with something
 * plausible, so a test sets only what it is about ({@code TestData.paymentRequest(now).accountId(customer).build()}).
 * Ids are random unless set.
 */
public final class TestData {
    private TestData() {}

    /**
     * A pending payment request of the demo enterprise (so the demo tokens see it): 10.00 EUR, a prepayment,
     * created and updated at {@code now}, expiring a week later.
     */
    public static PaymentRequest.Builder paymentRequest(Instant now) {
        return PaymentRequest.builder()
                .id(UUID.randomUUID())
                .enterpriseId(DemoTokens.ENTERPRISE_ID)
                .accountId(UUID.randomUUID())
                .createdUtc(now)
                .updatedUtc(now)
                .state(PaymentRequestState.PENDING)
                .amount(amount("EUR", new BigDecimal("10.00")))
                .type(PaymentRequestType.PAYMENT)
                .reason(PaymentRequestReason.PREPAYMENT)
                .expirationUtc(now.plus(Duration.ofDays(7)))
                .description("Payment required");
    }

    /** An active, chargeable preauthorization of 100.00 EUR for {@code customerId}, on a card of its own. */
    public static Preauthorization.Builder preauthorization(UUID customerId) {
        return Preauthorization.builder()
                .id(UUID.randomUUID())
                .customerId(customerId)
                .creditCardId(UUID.randomUUID())
                .amount(amount("EUR", new BigDecimal("100.00")))
                .state(PreauthorizationState.CHARGEABLE)
                .isActive(true);
    }

    /** A gross amount without taxes. */
    public static Amount amount(String currency, BigDecimal value) {
        return new Amount(currency, value, value, List.of(), null);
    }
}
