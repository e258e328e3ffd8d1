package io.mewscontract.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.conformance.checks.ExampleConformance.Direction;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestAddResult;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestCancelResult;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.server.PaymentRequestsService;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.runtime.RequestContext;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Proves the 'sandbox answers' check can fail: each control breaks the sandbox's side in one way. */
class SandboxNegativeControlsTest {

    @Test
    void withoutTheFixturesTheCancelExampleIsRefusedAndTheCheckFails() {
        ConformanceContext context = ConformanceContext.project();
        SandboxChecks checks = new SandboxChecks(context, SandboxFixtures.none(), UnaryOperator.identity());

        Outcome outcome = checks.answers(request(context, "/api/connector/v1/paymentRequests/cancel"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.FAIL);
        assertThat(outcome.findings())
                .extracting(Finding::problem)
                .contains("sent as written, the sandbox answers 400: Invalid PaymentRequestIds")
                .anySatisfy(p -> assertThat(p).startsWith("through the generated client: BadRequestException"));
        assertThat(checks.traffic().exchanges())
                .as("the refusals fit the spec's error shape")
                .isEqualTo(2);
        assertThat(checks.traffic().problems()).isEmpty();
    }

    @Test
    void aResponseOutsideTheSpecIsCaughtOnTheWireAndOnTheClientsSide() {
        ConformanceContext context = ConformanceContext.project();
        SandboxChecks checks = new SandboxChecks(
                context,
                SandboxFixtures.of(context.documents()),
                builder -> builder.decoratePaymentRequests(LowerCaseCurrencies::new));

        Outcome outcome = checks.answers(request(context, "/api/connector/v1/paymentRequests/add"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.FAIL);
        assertThat(outcome.findings())
                .extracting(Finding::problem)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("on the wire: RecordedExchange[POST"
                                + " /api/connector/v1/paymentRequests/add -> 200] response: ")
                        .contains("/PaymentRequests/0/Amount/Currency"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("client's response from /api/connector/v1/paymentRequests/add: ")
                        .contains("/PaymentRequests/0/Amount/Currency"));
        assertThat(checks.traffic().problems()).hasSize(2); // once per sending: as written, and through the client
    }

    private static ExampleSubject request(ConformanceContext context, String path) {
        SourceDocument document = context.document("004");
        DocumentedOperation operation = document.operation(path).orElseThrow();
        return new ExampleSubject(
                document, operation, operation.requestExamples().get(0), Direction.REQUEST);
    }

    /** Answers {@code add} with the currency in lower case, which the spec's {@code ^[A-Z]{3}$} forbids. */
    private record LowerCaseCurrencies(PaymentRequestsService delegate) implements PaymentRequestsService {

        @Override
        public PaymentRequestPage getAll(PaymentRequestFilterParameters request, RequestContext context) {
            return delegate.getAll(request, context);
        }

        @Override
        public PaymentRequestAddResult add(PaymentRequestAddParameters request, RequestContext context) {
            PaymentRequestAddResult added = delegate.add(request, context);
            return PaymentRequestAddResult.builder()
                    .paymentRequests(added.paymentRequests().stream()
                            .map(p -> p.toBuilder()
                                    .amount(p.amount().toBuilder()
                                            .currency(p.amount().currency().toLowerCase(Locale.ROOT))
                                            .build())
                                    .build())
                            .toList())
                    .build();
        }

        @Override
        public PaymentRequestCancelResult cancel(PaymentRequestCancelParameters request, RequestContext context) {
            return delegate.cancel(request, context);
        }
    }
}
