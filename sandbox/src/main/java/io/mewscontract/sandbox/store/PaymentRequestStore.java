package io.mewscontract.sandbox.store;

import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every payment request of the sandbox, in memory, in the order they were added: that order is "newest first"
 * for pagination (a later addition is newer, whatever the clock says), and a cursor names a position in it.
 *
 * <p>Thread-safe. Additions and cancellations take the write lock and check everything before they change
 * anything, so each is atomic: a cancel of several ids cancels all or none, and two cancels of one payment request
 * cannot both succeed. Reads take the read lock and run concurrently. The stored records are what was last
 * written; {@link PaymentRequestLifecycle} applies expiry to everything handed out, at the {@code now} the caller
 * gives.
 */
public final class PaymentRequestStore {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Oldest first: the index is the position a cursor refers to. */
    private final List<PaymentRequest> byPosition = new ArrayList<>();

    private final Map<UUID, Integer> positionById = new HashMap<>();

    /** A cancellation's outcome: all canceled, or nothing changed and why. */
    public sealed interface CancelOutcome {
        /** Every listed payment request was {@code Pending} and is now {@code Canceled}, in the order listed. */
        record Canceled(List<PaymentRequest> paymentRequests) implements CancelOutcome {
            public Canceled {
                paymentRequests = List.copyOf(paymentRequests);
            }
        }

        /** These ids name no payment request the caller may see; nothing was canceled. */
        record Unknown(List<UUID> ids) implements CancelOutcome {
            public Unknown {
                ids = List.copyOf(ids);
            }
        }

        /** This payment request is not {@code Pending} (as of now); nothing was canceled. */
        record NotPending(PaymentRequest paymentRequest) implements CancelOutcome {
            public NotPending {
                Objects.requireNonNull(paymentRequest, "paymentRequest");
            }
        }
    }

    /** A page's outcome: the items, or a cursor that names no visible payment request. */
    public sealed interface PageOutcome {
        /** Up to the asked count of matching payment requests older than the cursor, newest first. */
        record Page(List<PaymentRequest> paymentRequests) implements PageOutcome {
            public Page {
                paymentRequests = List.copyOf(paymentRequests);
            }
        }

        /** The cursor names no payment request the caller may see. */
        record UnknownCursor() implements PageOutcome {}
    }

    /**
     * Stores new payment requests; the last one listed is the newest.
     *
     * @throws IllegalArgumentException if an id is already stored or listed twice; nothing is stored then
     */
    public void add(List<PaymentRequest> paymentRequests) {
        lock.writeLock().lock();
        try {
            var ids = new LinkedHashSet<UUID>();
            for (PaymentRequest paymentRequest : paymentRequests) {
                if (positionById.containsKey(paymentRequest.id()) || !ids.add(paymentRequest.id())) {
                    throw new IllegalArgumentException("The payment request id " + paymentRequest.id() + " is taken");
                }
            }
            for (PaymentRequest paymentRequest : paymentRequests) {
                positionById.put(paymentRequest.id(), byPosition.size());
                byPosition.add(paymentRequest);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Cancels every listed payment request, or none: all must be visible (by {@code visible}) and {@code Pending} as
     * of {@code now}. Ids listed twice are canceled once and reported once.
     *
     * @param visible which stored payment requests the caller may see
     * @param now the moment of the cancellation: expiry is judged at it, and it becomes {@code UpdatedUtc}
     */
    public CancelOutcome cancel(Collection<UUID> ids, Predicate<PaymentRequest> visible, Instant now) {
        lock.writeLock().lock();
        try {
            List<UUID> unknown = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(ids)) {
                Integer position = positionById.get(id);
                if (position == null || !visible.test(byPosition.get(position))) {
                    unknown.add(id);
                } else {
                    positions.add(position);
                }
            }
            if (!unknown.isEmpty()) {
                return new CancelOutcome.Unknown(unknown);
            }
            for (int position : positions) {
                PaymentRequest current = PaymentRequestLifecycle.asOf(byPosition.get(position), now);
                if (!current.state().equals(PaymentRequestState.PENDING)) {
                    return new CancelOutcome.NotPending(current);
                }
            }
            List<PaymentRequest> canceled = new ArrayList<>(positions.size());
            for (int position : positions) {
                PaymentRequest updated = byPosition.get(position).toBuilder()
                        .state(PaymentRequestState.CANCELED)
                        .updatedUtc(now)
                        .build();
                byPosition.set(position, updated);
                canceled.add(updated);
            }
            return new CancelOutcome.Canceled(canceled);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * One page of the visible payment requests that match {@code filter} as of {@code now}, newest first.
     *
     * @param visible which stored payment requests the caller may see (tested on the stored record)
     * @param filter which of them to return (tested on the record as of {@code now}, so {@code Expired} matches an
     *     expired one)
     * @param cursor start after this payment request (it and everything newer are skipped), or {@code null} to
     *     start with the newest
     * @param count the most items to return, at least 1
     */
    public PageOutcome page(
            Predicate<PaymentRequest> visible,
            Predicate<PaymentRequest> filter,
            @Nullable UUID cursor,
            int count,
            Instant now) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, is " + count);
        }
        lock.readLock().lock();
        try {
            int start = byPosition.size() - 1;
            if (cursor != null) {
                Integer position = positionById.get(cursor);
                if (position == null || !visible.test(byPosition.get(position))) {
                    return new PageOutcome.UnknownCursor();
                }
                start = position - 1;
            }
            List<PaymentRequest> page = new ArrayList<>(Math.min(count, 64));
            for (int position = start; position >= 0 && page.size() < count; position--) {
                PaymentRequest stored = byPosition.get(position);
                if (visible.test(stored)) {
                    PaymentRequest current = PaymentRequestLifecycle.asOf(stored, now);
                    if (filter.test(current)) {
                        page.add(current);
                    }
                }
            }
            return new PageOutcome.Page(page);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One payment request as of {@code now}, whoever may see it. */
    public Optional<PaymentRequest> find(UUID id, Instant now) {
        lock.readLock().lock();
        try {
            Integer position = positionById.get(id);
            return position == null
                    ? Optional.empty()
                    : Optional.of(PaymentRequestLifecycle.asOf(byPosition.get(position), now));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every payment request as of {@code now}, oldest first. */
    public List<PaymentRequest> all(Instant now) {
        lock.readLock().lock();
        try {
            return byPosition.stream()
                    .map(stored -> PaymentRequestLifecycle.asOf(stored, now))
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return byPosition.size();
        } finally {
            lock.readLock().unlock();
        }
    }
}
