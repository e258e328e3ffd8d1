package io.mewscontract.sandbox.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.BadRequestException;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.client.error.MewsApiException;
import io.mewscontract.connector.client.error.NotFoundException;
import io.mewscontract.connector.client.error.PayloadTooLargeException;
import io.mewscontract.connector.client.error.ServerErrorException;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.connector.client.error.UnauthorizedException;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestAddResult;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestCancelResult;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.connector.server.PaymentRequestsService;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import io.mewscontract.sandbox.http.RecordedExchange;
import io.mewscontract.sandbox.testing.Clients;
import io.mewscontract.sandbox.testing.PaymentRequestData;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Every error status the sandbox answers arrives at the generated client as its typed exception, with the error
 * body's message and the response's {@code Request-Id}.
 */
class ErrorsEndToEndTest {
    private static final SpecCheckedTraffic traffic = new SpecCheckedTraffic();
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.builder().noRateLimit().exchangeObserver(traffic).start();
    }

    @AfterAll
    static void stopAndCheckTraffic() {
        sandbox.close();
        assertThat(traffic.responsesChecked()).isPositive();
        assertThat(traffic.violations()).as("exchanges that break the spec").isEmpty();
    }

    @Test
    void badRequest400() {
        BadRequestException error = expect(
                BadRequestException.class,
                () -> Clients.client(sandbox)
                        .paymentRequests()
                        .cancel(PaymentRequestCancelParameters.builder()
                                .paymentRequestIds(List.of(UUID.randomUUID()))
                                .build()));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errorMessage()).isEqualTo("Invalid PaymentRequestIds");
    }

    @Test
    void unauthorized401_forAnUnknownPairAndForTwoDemoTokensThatDoNotBelongTogether() {
        TokenPair unknown = new TokenPair("not-a-client-token", "not-an-access-token");
        UnauthorizedException error = expect(
                UnauthorizedException.class,
                () -> Clients.builder(sandbox, unknown)
                        .build()
                        .preauthorizations()
                        .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                                .customerIds(List.of(UUID.randomUUID()))
                                .build()));
        assertThat(error.status()).isEqualTo(401);
        assertThat(error.getMessage())
                .isEqualTo("getAllPreauthorizationsByCustomers failed with 401 Unauthorized: The"
                        + " ClientToken or AccessToken is invalid or expired, or the integration may not call this operation."
                        + " [Request-Id: " + error.requestId() + "]");
        assertThat(error.requestId()).isNotBlank();
        assertThat(error.getMessage()).doesNotContain(unknown.accessToken());

        TokenPair mixed = new TokenPair(
                DemoTokens.PAIRS.get(0).clientToken(), DemoTokens.PAIRS.get(1).accessToken());
        expect(
                UnauthorizedException.class,
                () -> Clients.builder(sandbox, mixed)
                        .build()
                        .preauthorizations()
                        .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                                .customerIds(List.of(UUID.randomUUID()))
                                .build()));
    }

    @Test
    void forbidden403() {
        MewsConnectorClient client = Clients.client(sandbox);
        UUID id = client.paymentRequests()
                .add(PaymentRequestData.add(UUID.randomUUID(), Instant.now(), 1))
                .paymentRequests()
                .get(0)
                .id();
        client.paymentRequests()
                .cancel(PaymentRequestCancelParameters.builder()
                        .paymentRequestIds(List.of(id))
                        .build());

        ForbiddenException error = expect(
                ForbiddenException.class,
                () -> client.paymentRequests()
                        .cancel(PaymentRequestCancelParameters.builder()
                                .paymentRequestIds(List.of(id))
                                .build()));
        assertThat(error.status()).isEqualTo(403);
        assertThat(error.errorMessage()).contains("Only payment requests in Pending state can be canceled");
    }

    @Test
    void notFound404_whenTheBasePathIsMisconfigured() {
        traffic.expectRequestsTo("/mews/api/connector/v1/preauthorizations/getAllByCustomers");
        MewsConnectorClient misconfigured = Clients.builder(sandbox)
                .environment(Environment.custom(sandbox.baseUri() + "/mews"))
                .build();

        NotFoundException error = expect(
                NotFoundException.class,
                () -> misconfigured
                        .preauthorizations()
                        .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                                .customerIds(List.of(UUID.randomUUID()))
                                .build()));
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.errorMessage()).startsWith("Not found");
    }

    @Test
    void payloadTooLarge413() throws IOException {
        try (Sandbox small = Sandbox.builder()
                .noRateLimit()
                .maxBodyBytes(2_000)
                .exchangeObserver(traffic)
                .start()) {
            PayloadTooLargeException error = expect(
                    PayloadTooLargeException.class,
                    () -> Clients.client(small)
                            .paymentRequests()
                            .add(PaymentRequestData.add(UUID.randomUUID(), Instant.now(), 20)));
            assertThat(error.status()).isEqualTo(413);
            assertThat(small.paymentRequests().size()).isZero();
        }
    }

    @Test
    void tooManyRequests429_withRetryAfter() throws IOException {
        try (Sandbox limited = Sandbox.builder()
                .rateLimit(2, Duration.ofSeconds(30))
                .exchangeObserver(traffic)
                .start()) {
            MewsConnectorClient client = Clients.client(limited);
            var request = PreauthorizationsByCustomersParameters.builder()
                    .customerIds(List.of(UUID.randomUUID()))
                    .build();
            client.preauthorizations().getAllByCustomers(request);
            client.preauthorizations().getAllByCustomers(request);

            TooManyRequestsException error = expect(
                    TooManyRequestsException.class,
                    () -> client.preauthorizations().getAllByCustomers(request));
            assertThat(error.status()).isEqualTo(429);
            assertThat(error.retryAfter())
                    .hasValueSatisfying(
                            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
        }
    }

    @Test
    void serverError500_withAGenericMessageAndNothingOfTheFailure() throws IOException {
        // The router logs the failure in full, as it should; this one is on purpose, so keep it off the console.
        java.util.logging.Logger routerLog =
                java.util.logging.Logger.getLogger(io.mewscontract.connector.server.router.Router.class.getName());
        java.util.logging.Level level = routerLog.getLevel();
        routerLog.setLevel(java.util.logging.Level.OFF);
        try (Sandbox failing = Sandbox.builder()
                .noRateLimit()
                .exchangeObserver(traffic)
                .decoratePaymentRequests(FailingPaymentRequests::new)
                .start()) {
            MewsConnectorClient client =
                    Clients.builder(failing).retryPolicy(RetryPolicy.none()).build();

            ServerErrorException error = expect(
                    ServerErrorException.class,
                    () -> client.paymentRequests()
                            .getAll(PaymentRequestData.byAccounts(10, UUID.randomUUID())
                                    .build()));
            assertThat(error.status()).isEqualTo(500);
            assertThat(error.errorMessage())
                    .startsWith("An unexpected error occurred on the server")
                    .doesNotContain(FailingPaymentRequests.SECRET_DETAIL);
        } finally {
            routerLog.setLevel(level);
        }
    }

    /** Runs a call that must fail with {@code type}, and checks what every error response carries. */
    private static <E extends MewsApiException> E expect(Class<E> type, ThrowingSupplier<?> call) {
        E error = catchThrowableOfType(type, call::get);
        assertThat(error).as("a " + type.getSimpleName()).isNotNull();
        assertThat(error.requestId()).isNotBlank();
        RecordedExchange exchange = traffic.awaitExchange(error.requestId());
        assertThat(exchange.status()).isEqualTo(error.status());
        return error;
    }

    /** A payment requests service broken on purpose: every call throws. */
    private static final class FailingPaymentRequests implements PaymentRequestsService {
        static final String SECRET_DETAIL = "connection string with a password";

        FailingPaymentRequests(PaymentRequestsService ignored) {}

        @Override
        public PaymentRequestPage getAll(PaymentRequestFilterParameters request, RequestContext context) {
            throw new IllegalStateException(SECRET_DETAIL);
        }

        @Override
        public PaymentRequestAddResult add(PaymentRequestAddParameters request, RequestContext context) {
            throw new IllegalStateException(SECRET_DETAIL);
        }

        @Override
        public PaymentRequestCancelResult cancel(
                io.mewscontract.connector.model.PaymentRequestCancelParameters request, RequestContext context) {
            throw new IllegalStateException(SECRET_DETAIL);
        }
    }
}
