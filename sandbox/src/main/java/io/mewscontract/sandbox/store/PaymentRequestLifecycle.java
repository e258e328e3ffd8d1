package io.mewscontract.sandbox.store;

import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestState;
import java.time.Instant;

/**
 * The one time-driven transition of a payment request: {@code Pending} becomes {@code Expired} once its
 * {@code ExpirationUtc} has passed. Evaluated when a payment request is read, against the clock of that moment,
 * so reads, filters and cancels all see it without a background job, and a test clock moved forward takes effect
 * at once.
 */
public final class PaymentRequestLifecycle {
    private PaymentRequestLifecycle() {}

    /**
     * The payment request as it is at {@code now}: unchanged, or {@code Expired}, updated at its expiration, when it
     * was still {@code Pending} after its {@code ExpirationUtc}.
     */
    public static PaymentRequest asOf(PaymentRequest stored, Instant now) {
        if (!stored.state().equals(PaymentRequestState.PENDING) || !now.isAfter(stored.expirationUtc())) {
            return stored;
        }
        Instant updated =
                stored.expirationUtc().isAfter(stored.updatedUtc()) ? stored.expirationUtc() : stored.updatedUtc();
        return stored.toBuilder()
                .state(PaymentRequestState.EXPIRED)
                .updatedUtc(updated)
                .build();
    }
}
