package io.mewscontract.sandbox.service;

import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.TimeInterval;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code paymentRequests/getAll} as one predicate over payment requests (as of now). Every given
 * filter must match; a filter that is absent or {@code null} matches everything, and an empty list matches nothing
 * (no id is in it). {@code UpdatedUtc} is start-inclusive and end-exclusive ({@code StartUtc <= x < EndUtc}), like
 * every Connector API time-interval filter.
 */
final class PaymentRequestFilter {
    private PaymentRequestFilter() {}

    /** The filter of a request the generated validator has accepted. */
    static Predicate<PaymentRequest> of(PaymentRequestFilterParameters request) {
        Predicate<PaymentRequest> filter = paymentRequest -> true;
        filter = and(filter, request.enterpriseIds(), PaymentRequest::enterpriseId);
        filter = and(filter, request.paymentRequestIds(), PaymentRequest::id);
        filter = and(filter, request.accountIds(), PaymentRequest::accountId);
        filter = and(filter, request.reservationIds(), PaymentRequest::reservationId);
        List<PaymentRequestState> states = request.states();
        if (states != null) {
            Set<PaymentRequestState> wanted = Set.copyOf(states);
            filter = filter.and(paymentRequest -> wanted.contains(paymentRequest.state()));
        }
        TimeInterval updated = request.updatedUtc();
        if (updated != null) {
            // The generated validator already refused intervals that end before they start or are longer than the
            // spec's x-mews-max-interval.
            filter = filter.and(paymentRequest -> !paymentRequest.updatedUtc().isBefore(updated.startUtc())
                    && paymentRequest.updatedUtc().isBefore(updated.endUtc()));
        }
        return filter;
    }

    private static Predicate<PaymentRequest> and(
            Predicate<PaymentRequest> filter,
            @Nullable Collection<UUID> ids,
            Function<PaymentRequest, @Nullable UUID> property) {
        if (ids == null) {
            return filter;
        }
        Set<UUID> wanted = new HashSet<>(ids);
        return filter.and(paymentRequest -> {
            UUID value = property.apply(paymentRequest);
            return value != null && wanted.contains(value);
        });
    }
}
