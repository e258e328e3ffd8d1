package io.mewscontract.sandbox.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.BadRequestException;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.client.error.InvalidRequestException;
import io.mewscontract.connector.model.CurrencyValue;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PaymentRequestParameters;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.PaymentRequestType;
import io.mewscontract.connector.model.TimeInterval;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.SandboxClock;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.testing.Clients;
import io.mewscontract.sandbox.testing.PaymentRequestData;
import io.mewscontract.sandbox.testing.RawHttp;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code paymentRequests/add}, {@code getAll} and {@code cancel} through the generated client, over HTTP, on a
 * sandbox whose clock the tests move. Each test works on accounts of its own, so the tests share one sandbox.
 */
class PaymentRequestsEndToEndTest {
    private static final Instant START = Instant.parse("2026-03-02T09:30:00Z");

    private static final SpecCheckedTraffic traffic = new SpecCheckedTraffic();
    private static final SandboxClock clock = new SandboxClock(START);
    private static Sandbox sandbox;
    private static MewsConnectorClient client;

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.builder()
                .clock(clock)
                .noRateLimit()
                .exchangeObserver(traffic)
                .start();
        client = Clients.client(sandbox);
    }

    @AfterAll
    static void stopAndCheckTraffic() {
        sandbox.close();
        assertThat(traffic.requestsChecked()).isPositive();
        assertThat(traffic.violations()).as("exchanges that break the spec").isEmpty();
    }

    private static Instant now() {
        return clock.instant();
    }

    @Test
    void anAddedPaymentRequestIsPendingAndCarriesWhatWasSent() {
        UUID account = UUID.randomUUID();
        UUID reservation = UUID.randomUUID();
        Instant expiration = now().plus(Duration.ofDays(3));
        PaymentRequestParameters sent = PaymentRequestParameters.builder()
                .accountId(account)
                .amount(CurrencyValue.builder()
                        .currency("EUR")
                        .value(new BigDecimal("18.49"))
                        .build())
                .type(PaymentRequestType.PAYMENT)
                .reason(PaymentRequestReason.PAYMENT_CARD_MISSING)
                .expirationUtc(expiration)
                .description("Payment required")
                .reservationId(reservation)
                .notes("Internal notes.")
                .build();

        List<PaymentRequest> added = client.paymentRequests()
                .add(PaymentRequestAddParameters.builder()
                        .paymentRequests(List.of(sent))
                        .build())
                .paymentRequests();

        assertThat(added).singleElement().satisfies(request -> {
            assertThat(request.state()).isEqualTo(PaymentRequestState.PENDING);
            assertThat(request.accountId()).isEqualTo(account);
            assertThat(request.reservationId()).isEqualTo(reservation);
            assertThat(request.amount().currency()).isEqualTo("EUR");
            assertThat(request.amount().grossValue()).isEqualTo(new BigDecimal("18.49"));
            assertThat(request.amount().netValue()).isEqualTo(new BigDecimal("18.49"));
            assertThat(request.type()).isEqualTo(PaymentRequestType.PAYMENT);
            assertThat(request.reason()).isEqualTo(PaymentRequestReason.PAYMENT_CARD_MISSING);
            assertThat(request.expirationUtc()).isEqualTo(expiration);
            assertThat(request.description()).isEqualTo("Payment required");
            assertThat(request.notes()).isEqualTo("Internal notes.");
            assertThat(request.createdUtc()).isEqualTo(now());
            assertThat(request.updatedUtc()).isEqualTo(request.createdUtc());
            assertThat(request.enterpriseId())
                    .as("add responses omit it, as the documents' examples do")
                    .isNull();
        });
        PaymentRequest listed = client.paymentRequests()
                .getAll(PaymentRequestData.byAccounts(10, account).build())
                .paymentRequests()
                .get(0);
        assertThat(listed.id()).isEqualTo(added.get(0).id());
        assertThat(listed.enterpriseId()).isEqualTo(DemoTokens.ENTERPRISE_ID);
    }

    @Test
    void everyFilterOfGetAllSelectsWhatItNames() {
        UUID account = UUID.randomUUID();
        UUID otherAccount = UUID.randomUUID();
        UUID reservation = UUID.randomUUID();
        List<PaymentRequest> first = client.paymentRequests()
                .add(PaymentRequestAddParameters.builder()
                        .paymentRequests(List.of(
                                PaymentRequestData.item(account, now())
                                        .description("a")
                                        .build(),
                                PaymentRequestData.item(account, now())
                                        .description("b")
                                        .reservationId(reservation)
                                        .build(),
                                PaymentRequestData.item(otherAccount, now())
                                        .description("c")
                                        .build()))
                        .build())
                .paymentRequests();
        clock.advance(Duration.ofDays(2));
        PaymentRequest canceled = client.paymentRequests()
                .cancel(PaymentRequestCancelParameters.builder()
                        .paymentRequestIds(List.of(first.get(0).id()))
                        .build())
                .paymentRequests()
                .get(0);
        Instant cancelTime = now();
        clock.advance(Duration.ofDays(1));

        assertThat(descriptions(PaymentRequestData.byAccounts(10, account))).containsExactly("b", "a");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)))
                .containsExactly("c", "b", "a");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .paymentRequestIds(
                                List.of(first.get(2).id(), first.get(0).id()))))
                .containsExactly("c", "a");
        assertThat(descriptions(
                        PaymentRequestData.byAccounts(10, account, otherAccount).reservationIds(List.of(reservation))))
                .containsExactly("b");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .states(List.of(PaymentRequestState.CANCELED))))
                .containsExactly("a");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .states(List.of(PaymentRequestState.PENDING, PaymentRequestState.EXPIRED))))
                .containsExactly("c", "b");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .enterpriseIds(List.of(DemoTokens.ENTERPRISE_ID))))
                .containsExactly("c", "b", "a");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .enterpriseIds(List.of(UUID.randomUUID()))))
                .isEmpty();
        // UpdatedUtc is start-inclusive and end-exclusive, like every Connector API time-interval filter.
        assertThat(canceled.updatedUtc()).isEqualTo(cancelTime);
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .updatedUtc(TimeInterval.builder()
                                .startUtc(cancelTime)
                                .endUtc(cancelTime.plusSeconds(1))
                                .build())))
                .containsExactly("a");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .updatedUtc(TimeInterval.builder()
                                .startUtc(cancelTime)
                                .endUtc(cancelTime)
                                .build())))
                .isEmpty();
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .updatedUtc(TimeInterval.builder()
                                .startUtc(cancelTime.plusSeconds(1))
                                .endUtc(now())
                                .build())))
                .isEmpty();
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account, otherAccount)
                        .updatedUtc(TimeInterval.builder()
                                .startUtc(cancelTime.minus(Duration.ofDays(3)))
                                .endUtc(cancelTime)
                                .build())))
                .containsExactly("c", "b");
        assertThat(descriptions(PaymentRequestData.byAccounts(10, account).accountIds(List.of())))
                .isEmpty();
    }

    @Test
    void thousandsOfItemsPageNewestFirstAndAreStreamedLazily() throws IOException {
        // Synthetic customers bring about one payment request each; paging through all of them needs no filter.
        try (Sandbox seeded = Sandbox.builder()
                .clock(clock)
                .noRateLimit()
                .seedCustomers(3_000)
                .randomSeed(11)
                .exchangeObserver(traffic)
                .start()) {
            List<UUID> newestFirst = new ArrayList<>(seeded.paymentRequests().all(now()).stream()
                    .map(io.mewscontract.connector.model.PaymentRequest::id)
                    .toList());
            java.util.Collections.reverse(newestFirst);
            assertThat(newestFirst).hasSizeGreaterThan(2_500);
            AtomicInteger pages = new AtomicInteger();
            MewsConnectorClient counting = Clients.builder(seeded)
                    .listener(new io.mewscontract.connector.client.http.CallListener() {
                        @Override
                        public void onResponse(io.mewscontract.connector.client.http.ResponseMetadata response) {
                            pages.incrementAndGet();
                        }
                    })
                    .build();
            PaymentRequestFilterParameters everything = PaymentRequestFilterParameters.builder()
                    .limitation(Limitation.builder().count(1000).build())
                    .build();

            List<UUID> firstFive = counting.paymentRequests()
                    .getAllItems(everything.toBuilder()
                            .limitation(Limitation.builder().count(100).build())
                            .build())
                    .limit(5)
                    .map(PaymentRequest::id)
                    .toList();
            assertThat(firstFive).isEqualTo(newestFirst.subList(0, 5));
            assertThat(pages).as("pages fetched for five items").hasValue(1);

            pages.set(0);
            List<UUID> streamed = counting.paymentRequests()
                    .getAllItems(everything)
                    .map(PaymentRequest::id)
                    .toList();
            assertThat(streamed).isEqualTo(newestFirst);
            assertThat(pages).hasValue(newestFirst.size() / 1000 + 1);
        }
    }

    @Test
    void theCursorIsTheOldestItemReturnedAndNullOnlyForAnEmptyPage() {
        UUID account = UUID.randomUUID();
        List<PaymentRequest> added = client.paymentRequests()
                .add(PaymentRequestData.add(account, now(), 5))
                .paymentRequests();

        PaymentRequestPage first = client.paymentRequests()
                .getAll(PaymentRequestData.byAccounts(2, account).build());
        assertThat(first.paymentRequests())
                .extracting(PaymentRequest::id)
                .containsExactly(added.get(4).id(), added.get(3).id());
        assertThat(first.cursor()).isEqualTo(added.get(3).id().toString());

        PaymentRequestPage second = client.paymentRequests()
                .getAll(PaymentRequestData.byAccounts(2, account)
                        .limitation(Limitation.builder()
                                .count(2)
                                .cursor(first.cursor())
                                .build())
                        .build());
        assertThat(second.paymentRequests())
                .extracting(PaymentRequest::id)
                .containsExactly(added.get(2).id(), added.get(1).id());
        assertThat(second.cursor()).isEqualTo(added.get(1).id().toString());

        PaymentRequestPage last = client.paymentRequests()
                .getAll(PaymentRequestData.byAccounts(2, account)
                        .limitation(Limitation.builder()
                                .count(2)
                                .cursor(second.cursor())
                                .build())
                        .build());
        assertThat(last.paymentRequests())
                .extracting(PaymentRequest::id)
                .containsExactly(added.get(0).id());
        assertThat(last.cursor()).isEqualTo(added.get(0).id().toString());

        PaymentRequestPage empty = client.paymentRequests()
                .getAll(PaymentRequestData.byAccounts(2, account)
                        .limitation(Limitation.builder()
                                .count(2)
                                .cursor(last.cursor())
                                .build())
                        .build());
        assertThat(empty.paymentRequests()).isEmpty();
        assertThat(empty.cursor()).isNull();

        // The cursor is a position: it still works after its item changed state and no longer matches the filter.
        client.paymentRequests()
                .cancel(PaymentRequestCancelParameters.builder()
                        .paymentRequestIds(List.of(added.get(3).id()))
                        .build());
        PaymentRequestPage pendingAfterCursor = client.paymentRequests()
                .getAll(PaymentRequestData.byAccounts(10, account)
                        .states(List.of(PaymentRequestState.PENDING))
                        .limitation(Limitation.builder()
                                .count(10)
                                .cursor(first.cursor())
                                .build())
                        .build());
        assertThat(pendingAfterCursor.paymentRequests())
                .extracting(PaymentRequest::id)
                .containsExactly(
                        added.get(2).id(), added.get(1).id(), added.get(0).id());
    }

    @Test
    void aCursorThatNamesNoPaymentRequestIsRefused() {
        BadRequestException unknown = catchThrowableOfType(
                BadRequestException.class,
                () -> client.paymentRequests()
                        .getAll(PaymentRequestData.byAccounts(2, UUID.randomUUID())
                                .limitation(Limitation.builder()
                                        .count(2)
                                        .cursor(UUID.randomUUID().toString())
                                        .build())
                                .build()));
        assertThat(unknown.errorMessage()).isEqualTo("Invalid Cursor");

        BadRequestException notAnId = catchThrowableOfType(
                BadRequestException.class,
                () -> client.paymentRequests()
                        .getAll(PaymentRequestData.byAccounts(2, UUID.randomUUID())
                                .limitation(Limitation.builder()
                                        .count(2)
                                        .cursor("page-2")
                                        .build())
                                .build()));
        assertThat(notAnId.errorMessage()).isEqualTo("Invalid Cursor");
    }

    @Test
    void onlyPendingPaymentRequestsCanBeCanceled_andACancelIsAllOrNothing() {
        UUID account = UUID.randomUUID();
        List<PaymentRequest> added = client.paymentRequests()
                .add(PaymentRequestData.add(account, now(), 2))
                .paymentRequests();
        UUID first = added.get(0).id();
        UUID second = added.get(1).id();
        clock.advance(Duration.ofMinutes(5));

        PaymentRequest canceled = client.paymentRequests()
                .cancel(PaymentRequestCancelParameters.builder()
                        .paymentRequestIds(List.of(first))
                        .build())
                .paymentRequests()
                .get(0);
        assertThat(canceled.state()).isEqualTo(PaymentRequestState.CANCELED);
        assertThat(canceled.updatedUtc()).isEqualTo(now());

        ForbiddenException again = catchThrowableOfType(
                ForbiddenException.class,
                () -> client.paymentRequests()
                        .cancel(PaymentRequestCancelParameters.builder()
                                .paymentRequestIds(List.of(second, first))
                                .build()));
        assertThat(again.errorMessage())
                .isEqualTo("Only payment requests in Pending state can be canceled; payment request " + first
                        + " is Canceled.");

        BadRequestException unknown = catchThrowableOfType(
                BadRequestException.class,
                () -> client.paymentRequests()
                        .cancel(PaymentRequestCancelParameters.builder()
                                .paymentRequestIds(List.of(second, UUID.randomUUID()))
                                .build()));
        assertThat(unknown.errorMessage()).isEqualTo("Invalid PaymentRequestIds");

        assertThat(client.paymentRequests()
                        .getAll(PaymentRequestData.byAccounts(10, account)
                                .paymentRequestIds(List.of(second))
                                .build())
                        .paymentRequests())
                .extracting(PaymentRequest::state)
                .as("untouched by the refused cancels")
                .containsExactly(PaymentRequestState.PENDING);
    }

    @Test
    void aPendingPaymentRequestExpiresOnceItsExpirationHasPassed() {
        UUID account = UUID.randomUUID();
        Instant expiration = now().plus(Duration.ofHours(1));
        PaymentRequest added = client.paymentRequests()
                .add(PaymentRequestAddParameters.builder()
                        .paymentRequests(List.of(PaymentRequestData.item(account, now())
                                .expirationUtc(expiration)
                                .build()))
                        .build())
                .paymentRequests()
                .get(0);

        clock.advance(Duration.ofHours(1));
        assertThat(single(account).state()).as("at the expiration itself").isEqualTo(PaymentRequestState.PENDING);

        clock.advance(Duration.ofSeconds(1));
        PaymentRequest expired = single(account);
        assertThat(expired.state()).isEqualTo(PaymentRequestState.EXPIRED);
        assertThat(expired.updatedUtc()).isEqualTo(expiration);
        assertThat(client.paymentRequests()
                        .getAll(PaymentRequestData.byAccounts(10, account)
                                .states(List.of(PaymentRequestState.PENDING))
                                .build())
                        .paymentRequests())
                .isEmpty();
        ForbiddenException cancel = catchThrowableOfType(
                ForbiddenException.class,
                () -> client.paymentRequests()
                        .cancel(PaymentRequestCancelParameters.builder()
                                .paymentRequestIds(List.of(added.id()))
                                .build()));
        assertThat(cancel.errorMessage()).endsWith(added.id() + " is Expired.");
    }

    @Test
    void additionsThatBreakABusinessRuleAreRefusedWhole() {
        UUID account = UUID.randomUUID();
        ForbiddenException past = catchThrowableOfType(
                ForbiddenException.class,
                () -> client.paymentRequests()
                        .add(PaymentRequestAddParameters.builder()
                                .paymentRequests(List.of(
                                        PaymentRequestData.item(account, now()).build(),
                                        PaymentRequestData.item(account, now())
                                                .expirationUtc(now().minusSeconds(1))
                                                .build()))
                                .build()));
        assertThat(past.errorMessage())
                .startsWith("Payment request 2 would expire at ")
                .endsWith("not in the future.");

        ForbiddenException zero = catchThrowableOfType(
                ForbiddenException.class,
                () -> client.paymentRequests()
                        .add(PaymentRequestAddParameters.builder()
                                .paymentRequests(List.of(PaymentRequestData.item(account, now())
                                        .amount(CurrencyValue.builder()
                                                .currency("EUR")
                                                .value(BigDecimal.ZERO)
                                                .build())
                                        .build()))
                                .build()));
        assertThat(zero.errorMessage()).isEqualTo("The payment request must request an amount greater than zero.");

        assertThat(client.paymentRequests()
                        .getAll(PaymentRequestData.byAccounts(10, account).build())
                        .paymentRequests())
                .as("nothing of the refused additions was stored")
                .isEmpty();
    }

    @Test
    void aSingleEnterpriseTokenIgnoresEnterpriseId() {
        UUID account = UUID.randomUUID();
        client.paymentRequests()
                .add(PaymentRequestData.add(account, now(), 1).toBuilder()
                        .enterpriseId(UUID.randomUUID())
                        .build());

        assertThat(single(account).enterpriseId()).isEqualTo(DemoTokens.ENTERPRISE_ID);
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRefusedByTheClientAndTheSandbox() {
        PaymentRequestFilterParameters backwards = PaymentRequestData.byAccounts(10, UUID.randomUUID())
                .updatedUtc(TimeInterval.builder()
                        .startUtc(Instant.parse("2026-01-02T00:00:00Z"))
                        .endUtc(Instant.parse("2026-01-01T00:00:00Z"))
                        .build())
                .build();
        assertThat(catchThrowableOfType(
                                InvalidRequestException.class,
                                () -> client.paymentRequests().getAll(backwards))
                        .violations())
                .extracting(violation -> violation.path())
                .containsExactly("$.UpdatedUtc");

        HttpResponse<String> raw = RawHttp.post(
                sandbox.baseUri(),
                "/api/connector/v1/paymentRequests/getAll",
                RawHttp.body("\"UpdatedUtc\":{\"StartUtc\":\"2026-01-02T00:00:00Z\","
                        + "\"EndUtc\":\"2026-01-01T00:00:00Z\"},"
                        + "\"Limitation\":{\"Count\":10}"));
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.body()).contains("$.UpdatedUtc: interval must not end before it starts");
    }

    @Test
    void constraintsTheClientChecksBeforeSendingAreAlsoEnforcedByTheSandbox() {
        PaymentRequestFilterParameters fourMonths = PaymentRequestData.byAccounts(10, UUID.randomUUID())
                .updatedUtc(TimeInterval.builder()
                        .startUtc(Instant.parse("2026-01-01T00:00:00Z"))
                        .endUtc(Instant.parse("2026-05-01T00:00:00Z"))
                        .build())
                .build();
        assertThat(catchThrowableOfType(
                                InvalidRequestException.class,
                                () -> client.paymentRequests().getAll(fourMonths))
                        .violations())
                .extracting(violation -> violation.path())
                .containsExactly("$.UpdatedUtc");

        HttpResponse<String> interval = RawHttp.post(
                sandbox.baseUri(),
                "/api/connector/v1/paymentRequests/getAll",
                RawHttp.body("\"UpdatedUtc\":{\"StartUtc\":\"2026-01-01T00:00:00Z\","
                        + "\"EndUtc\":\"2026-05-01T00:00:00Z\"},"
                        + "\"Limitation\":{\"Count\":10}"));
        assertThat(interval.statusCode()).isEqualTo(400);
        assertThat(interval.body()).contains("$.UpdatedUtc: interval must not be longer than P3M");

        String longDescription = "x".repeat(1001);
        HttpResponse<String> description = RawHttp.post(
                sandbox.baseUri(),
                "/api/connector/v1/paymentRequests/add",
                RawHttp.body("\"PaymentRequests\":[{\"AccountId\":\"" + UUID.randomUUID() + "\",\"Amount\":{"
                        + "\"Currency\":\"EUR\",\"Value\":10},\"Type\":\"Payment\",\"Reason\":\"Other\","
                        + "\"ExpirationUtc\":\""
                        + now().plus(Duration.ofDays(1)) + "\",\"Description\":\"" + longDescription + "\",\"Notes\":\""
                        + longDescription + "\"}]"));
        assertThat(description.statusCode()).isEqualTo(400);
        assertThat(description.body())
                .contains(
                        "$.PaymentRequests[0].Description: must be at most 1000 characters",
                        "$.PaymentRequests[0].Notes: must be at most 1000 characters");
    }

    @Test
    void aPortfolioTokenMustNameOneOfItsEnterprisesAndSeesOnlyThem() throws IOException {
        UUID hotelA = UUID.randomUUID();
        UUID hotelB = UUID.randomUUID();
        var portfolioPair = new io.mewscontract.sandbox.auth.TokenPair("portfolio-client", "portfolio-access");
        try (Sandbox portfolioSandbox = Sandbox.builder()
                .clock(clock)
                .noRateLimit()
                .exchangeObserver(traffic)
                .portfolioToken(portfolioPair.clientToken(), portfolioPair.accessToken(), List.of(hotelA, hotelB))
                .start()) {
            MewsConnectorClient portfolio =
                    Clients.builder(portfolioSandbox, portfolioPair).build();
            MewsConnectorClient demo = Clients.client(portfolioSandbox);
            UUID account = UUID.randomUUID();

            ForbiddenException missing = catchThrowableOfType(
                    ForbiddenException.class,
                    () -> portfolio.paymentRequests().add(PaymentRequestData.add(account, now(), 1)));
            assertThat(missing.errorMessage())
                    .isEqualTo("EnterpriseId is required when using a portfolio access token.");
            BadRequestException foreign = catchThrowableOfType(
                    BadRequestException.class,
                    () -> portfolio
                            .paymentRequests()
                            .add(PaymentRequestData.add(account, now(), 1).toBuilder()
                                    .enterpriseId(DemoTokens.ENTERPRISE_ID)
                                    .build()));
            assertThat(foreign.errorMessage()).isEqualTo("Invalid EnterpriseId");

            portfolio
                    .paymentRequests()
                    .add(PaymentRequestData.add(account, now(), 1).toBuilder()
                            .enterpriseId(hotelA)
                            .build());
            portfolio
                    .paymentRequests()
                    .add(PaymentRequestData.add(account, now(), 2).toBuilder()
                            .enterpriseId(hotelB)
                            .build());
            demo.paymentRequests().add(PaymentRequestData.add(account, now(), 1));

            assertThat(portfolio
                            .paymentRequests()
                            .getAll(PaymentRequestData.byAccounts(10, account).build())
                            .paymentRequests())
                    .extracting(PaymentRequest::enterpriseId)
                    .containsExactly(hotelB, hotelB, hotelA);
            assertThat(portfolio
                            .paymentRequests()
                            .getAll(PaymentRequestData.byAccounts(10, account)
                                    .enterpriseIds(List.of(hotelA))
                                    .build())
                            .paymentRequests())
                    .extracting(PaymentRequest::enterpriseId)
                    .containsExactly(hotelA);
            List<PaymentRequest> demoSees = demo.paymentRequests()
                    .getAll(PaymentRequestData.byAccounts(10, account).build())
                    .paymentRequests();
            assertThat(demoSees).extracting(PaymentRequest::enterpriseId).containsExactly(DemoTokens.ENTERPRISE_ID);
            UUID portfolioItem = portfolio
                    .paymentRequests()
                    .getAll(PaymentRequestData.byAccounts(1, account).build())
                    .paymentRequests()
                    .get(0)
                    .id();
            assertThat(catchThrowableOfType(
                                    BadRequestException.class,
                                    () -> demo.paymentRequests()
                                            .cancel(PaymentRequestCancelParameters.builder()
                                                    .paymentRequestIds(List.of(portfolioItem))
                                                    .build()))
                            .errorMessage())
                    .as("another enterprise's payment request is unknown to the demo token")
                    .isEqualTo("Invalid PaymentRequestIds");
        }
    }

    private static PaymentRequest single(UUID account) {
        List<PaymentRequest> items = client.paymentRequests()
                .getAll(PaymentRequestData.byAccounts(10, account).build())
                .paymentRequests();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static List<String> descriptions(PaymentRequestFilterParameters.Builder filter) {
        return client.paymentRequests().getAll(filter.build()).paymentRequests().stream()
                .map(PaymentRequest::description)
                .collect(Collectors.toList());
    }
}
