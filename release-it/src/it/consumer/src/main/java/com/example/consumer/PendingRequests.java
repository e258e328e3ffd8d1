package com.example.consumer;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestState;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** What a team writes against the released client and model: compiles only if both resolved. */
public final class PendingRequests {

    private PendingRequests() {}

    public static List<PaymentRequest> of(URI api, String clientToken, String accessToken, UUID account) {
        MewsConnectorClient client = MewsConnectorClient.builder()
                .environment(Environment.custom(api))
                .clientToken(clientToken)
                .accessToken(accessToken)
                .client("consumer", "1.0.0")
                .build();
        PaymentRequestFilterParameters filter = PaymentRequestFilterParameters.builder()
                .accountIds(List.of(account))
                .states(List.of(PaymentRequestState.PENDING))
                .build();
        return client.paymentRequests().getAll(filter).paymentRequests();
    }
}
