package io.mewscontract.sandbox.testing;

import io.mewscontract.connector.model.CurrencyValue;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestParameters;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Requests of the {@code paymentRequests} operations, as the generated client takes them. */
public final class PaymentRequestData {
    private PaymentRequestData() {}

    /** A payment request of 10 EUR to {@code accountId} that expires a week after {@code now}. */
    public static PaymentRequestParameters.Builder item(UUID accountId, Instant now) {
        return PaymentRequestParameters.builder()
                .accountId(accountId)
                .amount(CurrencyValue.builder()
                        .currency("EUR")
                        .value(new BigDecimal("10.00"))
                        .build())
                .type(PaymentRequestType.PAYMENT)
                .reason(PaymentRequestReason.PREPAYMENT)
                .expirationUtc(now.plus(Duration.ofDays(7)))
                .description("Payment required");
    }

    /** An addition of {@code count} payment requests to {@code accountId}. */
    public static PaymentRequestAddParameters add(UUID accountId, Instant now, int count) {
        List<PaymentRequestParameters> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item(accountId, now).description("Payment " + (i + 1)).build());
        }
        return PaymentRequestAddParameters.builder().paymentRequests(items).build();
    }

    /** The first page, of {@code count}, of the payment requests of these accounts. */
    public static PaymentRequestFilterParameters.Builder byAccounts(int count, UUID... accountIds) {
        return PaymentRequestFilterParameters.builder()
                .accountIds(List.of(accountIds))
                .limitation(Limitation.builder().count(count).build());
    }
}
