package io.mewscontract.connector.client.readme;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.client.retry.RateLimiter;
import io.mewscontract.connector.model.CurrencyValue;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestParameters;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.PaymentRequestType;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

public class PaymentRequestsExample {

    public static void main(String[] args) {
        // The demo environment's published tokens. Production tokens are secrets: read them from your secret
        // store. The client never prints them (toString, logs and exception messages show ***).
        MewsConnectorClient client = MewsConnectorClient.builder()
                .environment(Environment.DEMO)
                .clientToken("E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D")
                .accessToken("C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D")
                .client("Sample Client", "1.0.0")
                .requestTimeout(Duration.ofSeconds(30))
                .rateLimiter(RateLimiter.forMewsAccessToken())
                .build();
        run(client, UUID.fromString(args[0]), UUID.fromString(args[1]));
    }

    static void run(MewsConnectorClient client, UUID customerId, UUID accountId) {
        // A customer's preauthorizations (more than 1000 customer ids would be sent in several requests).
        List<Preauthorization> preauthorizations = client.preauthorizations()
                .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                        .customerIds(List.of(customerId))
                        .build())
                .preauthorizations();
        for (Preauthorization preauthorization :
                preauthorizations == null ? List.<Preauthorization>of() : preauthorizations) {
            System.out.println("Preauthorization " + preauthorization.id() + ": "
                    + preauthorization.amount().grossValue() + " "
                    + preauthorization.amount().currency());
        }

        // Add a payment request. It is validated before sending: every violation in one exception.
        PaymentRequest added = client.paymentRequests()
                .add(PaymentRequestAddParameters.builder()
                        .paymentRequests(List.of(PaymentRequestParameters.builder()
                                .accountId(accountId)
                                .amount(CurrencyValue.builder()
                                        .currency("EUR")
                                        .value(new BigDecimal("100.00"))
                                        .build())
                                .type(PaymentRequestType.PAYMENT)
                                .reason(PaymentRequestReason.PREPAYMENT)
                                .expirationUtc(Instant.now().plus(Duration.ofDays(7)))
                                .description("Prepayment for your stay")
                                .build()))
                        .build())
                .paymentRequests()
                .get(0);

        // Every pending payment request of the account, newest first: 100 per request, each page fetched only
        // when the stream reaches it.
        PaymentRequestFilterParameters pending = PaymentRequestFilterParameters.builder()
                .accountIds(List.of(accountId))
                .states(List.of(PaymentRequestState.PENDING))
                .limitation(Limitation.builder().count(100).build())
                .build();
        try (Stream<PaymentRequest> all = client.paymentRequests().getAllItems(pending)) {
            all.forEach(request -> System.out.println(request.id() + " "
                    + switch (request.state().known()) {
                        case PENDING -> "waiting for payment";
                        case COMPLETED, CANCELED, EXPIRED -> "done";
                        case UNKNOWN ->
                            "state new to this client: " + request.state().value();
                    }));
        }

        // Cancel it. A 403 is a business rule; its message is written for your end user.
        try {
            client.paymentRequests()
                    .cancel(PaymentRequestCancelParameters.builder()
                            .paymentRequestIds(List.of(added.id()))
                            .build());
        } catch (ForbiddenException e) {
            System.out.println("Could not cancel: " + e.userMessage() + " (Request-Id " + e.requestId() + ")");
        }
    }
}
