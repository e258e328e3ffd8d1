package io.mewscontract.demo;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.client.error.MewsApiException;
import io.mewscontract.connector.client.http.CallListener;
import io.mewscontract.connector.client.http.ResponseMetadata;
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
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import io.mewscontract.sandbox.limit.RateLimit;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code java -jar demo/target/mews-demo.jar}: starts the sandbox on a free loopback port, calls every operation
 * of the contract through the generated client (listing preauthorizations, adding payment requests, paging through
 * them, cancelling one, and handling the {@code 403} of cancelling it again), prints what happened and stops. It
 * uses the published demo tokens and never prints a token.
 */
public final class Demo {
    /** The account the documents' payment request examples use. */
    static final UUID ACCOUNT = UUID.fromString("8466dfdd-0964-4002-8719-afa900d0f1ba");

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            System.err.println("mews-demo takes no arguments; it starts its own sandbox. For a sandbox to keep"
                    + " running, use java -jar sandbox/target/mews-sandbox.jar --help");
            System.exit(2);
        }
        new Demo(System.out).run();
    }

    /** Runs the whole demo; the sandbox is stopped when this returns, whatever happened. */
    void run() throws IOException {
        out.println("Mews Connector API: the generated client against the sandbox");
        out.println("=============================================================");
        RateLimit limit = RateLimit.MEWS;
        try (Sandbox sandbox = Sandbox.builder().rateLimit(limit).start()) {
            out.println("Sandbox started at " + sandbox.baseUri() + " (in-process; published demo tokens; "
                    + limit.requests() + " requests per access token per "
                    + limit.window().toSeconds() + " s)");
            AtomicInteger responses = new AtomicInteger();
            TokenPair tokens = DemoTokens.PAIRS.get(0);
            MewsConnectorClient client = MewsConnectorClient.builder()
                    .environment(Environment.custom(sandbox.baseUri()))
                    .clientToken(tokens.clientToken())
                    .accessToken(tokens.accessToken())
                    .client("mews-contract demo", "1.0.0")
                    .listener(new CallListener() {
                        @Override
                        public void onResponse(ResponseMetadata response) {
                            responses.incrementAndGet();
                        }
                    })
                    .build();

            listPreauthorizations(client, sandbox.documentedCustomerIds());
            List<PaymentRequest> added = addPaymentRequests(client);
            pageThroughPending(client);
            PaymentRequest canceled = cancel(client, added.get(added.size() - 1));
            cancelAgain(client, canceled);
            streamEverything(client);
            out.println();
            out.println("Done: " + responses.get() + " successful responses, 1 refusal handled. Stopping the sandbox.");
        }
        out.println("Sandbox stopped.");
    }

    private void listPreauthorizations(MewsConnectorClient client, List<UUID> customers) {
        step(
                1,
                "preauthorizations/getAllByCustomers",
                "the " + customers.size() + " customers of the documents' examples");
        List<Preauthorization> preauthorizations = client.preauthorizations()
                .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                        .customerIds(customers)
                        .build())
                .preauthorizations();
        for (Preauthorization p :
                java.util.Objects.requireNonNullElse(preauthorizations, List.<Preauthorization>of())) {
            out.printf(
                    "   customer %s  preauthorization %s  %s %s  %s%s%n",
                    shortId(p.customerId()),
                    shortId(p.id()),
                    p.amount().grossValue().toPlainString(),
                    p.amount().currency(),
                    p.state() == null ? "(no state)" : p.state().value(),
                    p.isActive() ? ", active" : "");
        }
    }

    private List<PaymentRequest> addPaymentRequests(MewsConnectorClient client) {
        step(2, "paymentRequests/add", "three payment requests for account " + shortId(ACCOUNT));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<PaymentRequestParameters> items = List.of(
                item("120.00", PaymentRequestReason.PREPAYMENT, "Deposit for your stay", now.plus(Duration.ofDays(7))),
                item("35.50", PaymentRequestReason.FEE, "Late check-out fee", now.plus(Duration.ofDays(3))),
                item("18.49", PaymentRequestReason.PAYMENT_CARD_MISSING, "Minibar", now.plus(Duration.ofDays(1))));
        List<PaymentRequest> added = client.paymentRequests()
                .add(PaymentRequestAddParameters.builder()
                        .paymentRequests(items)
                        .build())
                .paymentRequests();
        added.forEach(this::printPaymentRequest);
        return added;
    }

    private void pageThroughPending(MewsConnectorClient client) {
        step(3, "paymentRequests/getAll", "the account's Pending payment requests, newest first, 2 per page");
        PaymentRequestFilterParameters.Builder filter = PaymentRequestFilterParameters.builder()
                .accountIds(List.of(ACCOUNT))
                .states(List.of(PaymentRequestState.PENDING));
        String cursor = null;
        for (int page = 1; ; page++) {
            PaymentRequestPage result = client.paymentRequests()
                    .getAll(filter.limitation(
                                    Limitation.builder().count(2).cursor(cursor).build())
                            .build());
            out.println("   page " + page + ": " + result.paymentRequests().size() + " item(s), cursor "
                    + (result.cursor() == null ? "null (nothing returned: the end)" : shortText(result.cursor())));
            result.paymentRequests().forEach(this::printPaymentRequest);
            if (result.cursor() == null) {
                return;
            }
            cursor = result.cursor();
        }
    }

    private PaymentRequest cancel(MewsConnectorClient client, PaymentRequest target) {
        step(4, "paymentRequests/cancel", "the newest payment request, " + shortId(target.id()));
        PaymentRequest canceled = client.paymentRequests()
                .cancel(PaymentRequestCancelParameters.builder()
                        .paymentRequestIds(List.of(target.id()))
                        .build())
                .paymentRequests()
                .get(0);
        printPaymentRequest(canceled);
        return canceled;
    }

    private void cancelAgain(MewsConnectorClient client, PaymentRequest canceled) {
        step(5, "paymentRequests/cancel", "the same one again: only Pending payment requests can be canceled");
        try {
            client.paymentRequests()
                    .cancel(PaymentRequestCancelParameters.builder()
                            .paymentRequestIds(List.of(canceled.id()))
                            .build());
            out.println("   unexpectedly accepted");
        } catch (ForbiddenException refused) {
            printRefusal(refused);
        }
    }

    private void streamEverything(MewsConnectorClient client) {
        step(6, "paymentRequests/getAll", "every payment request of the account, streamed page by page");
        client.paymentRequests()
                .getAllItems(PaymentRequestFilterParameters.builder()
                        .accountIds(List.of(ACCOUNT))
                        .limitation(Limitation.builder().count(2).build())
                        .build())
                .forEach(this::printPaymentRequest);
    }

    private void step(int number, String operation, String what) {
        out.println();
        out.println(number + ". " + operation + ": " + what);
    }

    private void printPaymentRequest(PaymentRequest p) {
        out.printf(
                "   payment request %s  %8s %s  %-9s  %-18s  expires %s  \"%s\"%n",
                shortId(p.id()),
                p.amount().grossValue().toPlainString(),
                p.amount().currency(),
                p.state().value(),
                p.reason().value(),
                p.expirationUtc(),
                p.description());
    }

    private void printRefusal(MewsApiException refused) {
        out.println("   refused as expected: " + refused.status() + " "
                + refused.getClass().getSimpleName() + ": \"" + refused.errorMessage() + "\" [Request-Id "
                + refused.requestId() + "]");
    }

    private static PaymentRequestParameters item(
            String amount, PaymentRequestReason reason, String description, Instant expiration) {
        return PaymentRequestParameters.builder()
                .accountId(ACCOUNT)
                .amount(CurrencyValue.builder()
                        .currency("EUR")
                        .value(new BigDecimal(amount))
                        .build())
                .type(PaymentRequestType.PAYMENT)
                .reason(reason)
                .expirationUtc(expiration)
                .description(description)
                .build();
    }

    private static String shortId(UUID id) {
        return shortText(id.toString());
    }

    /** The first block of an id is enough to tell them apart in the demo's output. */
    private static String shortText(String id) {
        return id.length() > 8 ? id.substring(0, 8) + "..." : id;
    }
}
