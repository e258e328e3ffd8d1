package io.mewscontract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.http.ExchangeObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The data a sandbox holds before it answers a documented request, taken from the documents themselves.
 *
 * <ul>
 *   <li>Preauthorizations: the sandbox seeds those of the documents' response examples on its own.</li>
 *   <li>Payment requests: every item of every {@code paymentRequests} response example, in the demo enterprise
 *       when the example leaves {@code EnterpriseId} out (add and cancel responses do), so that the cancel example
 *       finds the payment request the add example created.</li>
 *   <li>The clock stands at {@value #NOW}: the examples' payment requests expire on 2023-02-20 and 2023-02-23
 *       and must still be {@code Pending}, and the add example's expiration must lie ahead.</li>
 * </ul>
 */
final class SandboxFixtures {

    static final String NOW = "2023-02-01T00:00:00Z";

    private final List<PaymentRequest> paymentRequests;

    private SandboxFixtures(List<PaymentRequest> paymentRequests) {
        this.paymentRequests = List.copyOf(paymentRequests);
    }

    /** No payment requests: what a control uses to show the fixtures matter. */
    static SandboxFixtures none() {
        return new SandboxFixtures(List.of());
    }

    /** The fixtures of a document set. */
    static SandboxFixtures of(List<SourceDocument> documents) {
        ObjectMapper mapper = JsonMappers.client();
        Map<UUID, PaymentRequest> byId = new LinkedHashMap<>();
        for (SourceDocument document : documents) {
            for (DocumentedOperation operation : document.operations()) {
                if (!operation.path().startsWith("/api/connector/v1/paymentRequests/")) {
                    continue;
                }
                for (JsonExample example : operation.responseExamples()) {
                    JsonNode items =
                            example.json().map(j -> j.path("PaymentRequests")).orElse(mapper.nullNode());
                    for (JsonNode item : items) {
                        PaymentRequest read = read(mapper, item);
                        PaymentRequest fixture = read.enterpriseId() != null
                                ? read
                                : read.toBuilder()
                                        .enterpriseId(DemoTokens.ENTERPRISE_ID)
                                        .build();
                        byId.putIfAbsent(fixture.id(), fixture);
                    }
                }
            }
        }
        return new SandboxFixtures(List.copyOf(byId.values()));
    }

    List<PaymentRequest> paymentRequests() {
        return paymentRequests;
    }

    /**
     * A fresh sandbox on loopback with the fixtures loaded, no request limit (the suite sends in bursts), and every
     * exchange shown to {@code observer}.
     */
    Sandbox start(ExchangeObserver observer) throws IOException {
        return start(observer, UnaryOperator.identity());
    }

    /** Like {@link #start(ExchangeObserver)}, with a last say on the builder (a control breaks a service). */
    Sandbox start(ExchangeObserver observer, UnaryOperator<Sandbox.Builder> customize) throws IOException {
        Sandbox sandbox = customize
                .apply(Sandbox.builder()
                        .clock(Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC))
                        .noRateLimit()
                        .exchangeObserver(observer))
                .start();
        sandbox.paymentRequests().add(paymentRequests);
        return sandbox;
    }

    private static PaymentRequest read(ObjectMapper mapper, JsonNode item) {
        try {
            return mapper.treeToValue(item, PaymentRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "A documented payment request does not read as the generated server's"
                            + " PaymentRequest (the 'deserializes' check says why)",
                    e);
        }
    }
}
