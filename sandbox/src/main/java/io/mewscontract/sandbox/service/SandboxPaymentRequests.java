package io.mewscontract.sandbox.service;

import io.mewscontract.connector.model.Amount;
import io.mewscontract.connector.model.CurrencyValue;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestAddResult;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestCancelResult;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PaymentRequestParameters;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.TaxBreakdown;
import io.mewscontract.connector.model.TaxBreakdownItem;
import io.mewscontract.connector.server.PaymentRequestsService;
import io.mewscontract.connector.server.errors.BusinessRuleException;
import io.mewscontract.connector.server.errors.InvalidParameterException;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.sandbox.auth.AccessGrant;
import io.mewscontract.sandbox.store.PaymentRequestStore;
import io.mewscontract.sandbox.store.PaymentRequestStore.CancelOutcome;
import io.mewscontract.sandbox.store.PaymentRequestStore.PageOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code paymentRequests} operations over the in-memory {@link PaymentRequestStore}, with the rules the
 * documents state:
 * <ul>
 *   <li>{@code add} creates {@code Pending} payment requests in the caller's enterprise (a portfolio token must name
 *       one of its enterprises in {@code EnterpriseId}); the expiration must lie ahead and the amount be positive
 *       ({@code 403} otherwise, nothing added);
 *   <li>{@code cancel} cancels only {@code Pending} payment requests: any other state answers {@code 403}, an id the
 *       caller cannot see {@code 400 Invalid PaymentRequestIds}, and in both cases nothing is canceled;
 *   <li>{@code getAll} pages newest first; the response {@code Cursor} is the id of the oldest item returned and is
 *       {@code null} only when no item was returned; a cursor that names no visible payment request answers
 *       {@code 400 Invalid Cursor}.
 * </ul>
 * Responses of {@code add} and {@code cancel} leave out {@code EnterpriseId}, as the documents' examples do;
 * {@code getAll} includes it.
 */
public final class SandboxPaymentRequests implements PaymentRequestsService {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final PaymentRequestStore store;
    private final SandboxTime time;
    private final Supplier<UUID> newIds;

    public SandboxPaymentRequests(PaymentRequestStore store, SandboxTime time) {
        this(store, time, UUID::randomUUID);
    }

    /** @param newIds the ids of added payment requests */
    public SandboxPaymentRequests(PaymentRequestStore store, SandboxTime time, Supplier<UUID> newIds) {
        this.store = Objects.requireNonNull(store, "store");
        this.time = Objects.requireNonNull(time, "time");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    @Override
    public PaymentRequestPage getAll(PaymentRequestFilterParameters request, RequestContext context) {
        AccessGrant grant = Grants.of(context);
        var filter = PaymentRequestFilter.of(request);
        PageOutcome outcome = store.page(
                Grants.visibleTo(grant),
                filter,
                cursor(request.limitation().cursor()),
                request.limitation().count(),
                time.now());
        if (!(outcome instanceof PageOutcome.Page page)) {
            throw new InvalidParameterException("Cursor");
        }
        List<PaymentRequest> items = page.paymentRequests();
        return PaymentRequestPage.builder()
                .paymentRequests(items)
                .cursor(
                        items.isEmpty()
                                ? null
                                : items.get(items.size() - 1).id().toString())
                .build();
    }

    @Override
    public PaymentRequestAddResult add(PaymentRequestAddParameters request, RequestContext context) {
        UUID enterpriseId = enterpriseOf(Grants.of(context), request.enterpriseId());
        Instant now = time.now();
        List<PaymentRequest> created = new ArrayList<>(request.paymentRequests().size());
        for (int i = 0; i < request.paymentRequests().size(); i++) {
            PaymentRequestParameters item = request.paymentRequests().get(i);
            String which = request.paymentRequests().size() == 1 ? "The payment request" : "Payment request " + (i + 1);
            if (!item.expirationUtc().isAfter(now)) {
                throw new BusinessRuleException(
                        which + " would expire at " + item.expirationUtc() + ", which is not in the future.");
            }
            if (item.amount().value().signum() <= 0) {
                throw new BusinessRuleException(which + " must request an amount greater than zero.");
            }
            created.add(PaymentRequest.builder()
                    .id(newIds.get())
                    .enterpriseId(enterpriseId)
                    .accountId(item.accountId())
                    .reservationId(item.reservationId())
                    .createdUtc(now)
                    .updatedUtc(now)
                    .state(PaymentRequestState.PENDING)
                    .amount(untaxed(item.amount()))
                    .type(item.type())
                    .reason(item.reason())
                    .expirationUtc(item.expirationUtc())
                    .description(item.description())
                    .notes(item.notes())
                    .build());
        }
        store.add(created);
        return PaymentRequestAddResult.builder()
                .paymentRequests(created.stream()
                        .map(SandboxPaymentRequests::withoutEnterprise)
                        .toList())
                .build();
    }

    @Override
    public PaymentRequestCancelResult cancel(PaymentRequestCancelParameters request, RequestContext context) {
        CancelOutcome outcome =
                store.cancel(request.paymentRequestIds(), Grants.visibleTo(Grants.of(context)), time.now());
        if (outcome instanceof CancelOutcome.Canceled canceled) {
            return PaymentRequestCancelResult.builder()
                    .paymentRequests(canceled.paymentRequests().stream()
                            .map(SandboxPaymentRequests::withoutEnterprise)
                            .toList())
                    .build();
        }
        if (outcome instanceof CancelOutcome.NotPending notPending) {
            PaymentRequest paymentRequest = notPending.paymentRequest();
            throw new BusinessRuleException("Only payment requests in Pending state can be canceled; payment request "
                    + paymentRequest.id() + " is " + paymentRequest.state().value() + ".");
        }
        throw new InvalidParameterException("PaymentRequestIds");
    }

    /**
     * The enterprise an addition goes to. A single-enterprise token ignores {@code EnterpriseId}, as the Connector
     * API does; a portfolio token must name one of its enterprises.
     */
    private static UUID enterpriseOf(AccessGrant grant, @Nullable UUID requested) {
        if (!grant.portfolio()) {
            return grant.enterpriseIds().get(0);
        }
        if (requested == null) {
            throw new BusinessRuleException("EnterpriseId is required when using a portfolio access token.");
        }
        if (!grant.covers(requested)) {
            throw new InvalidParameterException("EnterpriseId");
        }
        return requested;
    }

    private static @Nullable UUID cursor(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(cursor).matches()) {
            throw new InvalidParameterException("Cursor");
        }
        return UUID.fromString(cursor);
    }

    /** An amount without taxes, as the documents' examples show for requested payments. */
    private static Amount untaxed(CurrencyValue value) {
        return Amount.builder()
                .currency(value.currency())
                .netValue(value.value())
                .grossValue(value.value())
                .taxValues(List.of())
                .breakdown(TaxBreakdown.builder()
                        .items(List.of(TaxBreakdownItem.builder()
                                .netValue(value.value())
                                .taxValue(BigDecimal.ZERO)
                                .build()))
                        .build())
                .build();
    }

    private static PaymentRequest withoutEnterprise(PaymentRequest paymentRequest) {
        return paymentRequest.toBuilder().enterpriseId(null).build();
    }
}
