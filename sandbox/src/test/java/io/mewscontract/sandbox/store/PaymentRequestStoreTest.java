package io.mewscontract.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.connector.model.Amount;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.PaymentRequestType;
import io.mewscontract.sandbox.store.PaymentRequestStore.CancelOutcome;
import io.mewscontract.sandbox.store.PaymentRequestStore.PageOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PaymentRequestStoreTest {
    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private static final UUID ENTERPRISE = UUID.randomUUID();
    private static final Predicate<PaymentRequest> ALL = paymentRequest -> true;

    private final PaymentRequestStore store = new PaymentRequestStore();

    @Test
    void pagesRunNewestFirstFromTheCursorsPosition() {
        List<PaymentRequest> added = pending(5, NOW.plus(Duration.ofDays(1)));
        store.add(added);

        assertThat(ids(store.page(ALL, ALL, null, 2, NOW)))
                .containsExactly(added.get(4).id(), added.get(3).id());
        assertThat(ids(store.page(ALL, ALL, added.get(3).id(), 2, NOW)))
                .containsExactly(added.get(2).id(), added.get(1).id());
        assertThat(ids(store.page(ALL, ALL, added.get(0).id(), 2, NOW))).isEmpty();
        assertThat(store.page(ALL, ALL, UUID.randomUUID(), 2, NOW)).isInstanceOf(PageOutcome.UnknownCursor.class);
        assertThat(store.page(paymentRequest -> false, ALL, added.get(3).id(), 2, NOW))
                .as("a cursor the caller may not see")
                .isInstanceOf(PageOutcome.UnknownCursor.class);
    }

    @Test
    void aPendingPaymentRequestReadsAsExpiredOnceItsExpirationHasPassed() {
        Instant expiration = NOW.plus(Duration.ofHours(1));
        PaymentRequest added = pending(1, expiration).get(0);
        store.add(List.of(added));

        assertThat(store.find(added.id(), expiration).orElseThrow().state()).isEqualTo(PaymentRequestState.PENDING);
        PaymentRequest later = store.find(added.id(), expiration.plusMillis(1)).orElseThrow();
        assertThat(later.state()).isEqualTo(PaymentRequestState.EXPIRED);
        assertThat(later.updatedUtc()).isEqualTo(expiration);
        assertThat(store.cancel(List.of(added.id()), ALL, expiration.plusSeconds(1)))
                .isInstanceOf(CancelOutcome.NotPending.class);
    }

    @Test
    void anIdTakenOrListedTwiceIsRefusedAndNothingIsAdded() {
        PaymentRequest first = pending(1, NOW.plusSeconds(60)).get(0);
        store.add(List.of(first));
        PaymentRequest fresh = pending(1, NOW.plusSeconds(60)).get(0);

        assertThatThrownBy(() -> store.add(List.of(fresh, first))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.add(List.of(fresh, fresh))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void anIdListedTwiceInOneCancelIsCanceledAndReportedOnce() {
        PaymentRequest added = pending(1, NOW.plusSeconds(60)).get(0);
        store.add(List.of(added));

        CancelOutcome outcome = store.cancel(List.of(added.id(), added.id()), ALL, NOW);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        CancelOutcome.Canceled.class,
                        canceled -> assertThat(canceled.paymentRequests())
                                .singleElement()
                                .extracting(PaymentRequest::state)
                                .isEqualTo(PaymentRequestState.CANCELED));
    }

    /** Straight at the store, without HTTP in between, to put as many threads on the lock as possible. */
    @Test
    void concurrentAddsCancelsAndPagesLoseNothingAndApplyNothingTwice() throws InterruptedException {
        int threads = 8;
        int rounds = 500;
        List<UUID> added = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<UUID, AtomicInteger> canceled = new ConcurrentHashMap<>();
        AtomicInteger pageFailures = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            Thread worker = new Thread(() -> {
                awaitQuietly(go);
                for (int round = 0; round < rounds; round++) {
                    List<PaymentRequest> batch = pending(2, NOW.plus(Duration.ofDays(1)));
                    store.add(batch);
                    batch.forEach(paymentRequest -> added.add(paymentRequest.id()));
                    UUID target = added.get(random.nextInt(added.size()));
                    if (store.cancel(List.of(target), ALL, NOW) instanceof CancelOutcome.Canceled done) {
                        done.paymentRequests()
                                .forEach(p -> canceled.computeIfAbsent(p.id(), id -> new AtomicInteger())
                                        .incrementAndGet());
                    }
                    int sizeBefore = store.size(); // the store only grows
                    List<UUID> page = ids(store.page(ALL, ALL, null, 50, NOW));
                    if (page.size() < Math.min(50, sizeBefore) || page.size() > 50) {
                        pageFailures.incrementAndGet();
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        List<PaymentRequest> all = store.all(NOW);
        assertThat(all).hasSize(threads * rounds * 2);
        assertThat(all).extracting(PaymentRequest::id).containsExactlyInAnyOrderElementsOf(added);
        assertThat(canceled.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(all)
                .allSatisfy(paymentRequest -> assertThat(paymentRequest.state())
                        .isEqualTo(
                                canceled.containsKey(paymentRequest.id())
                                        ? PaymentRequestState.CANCELED
                                        : PaymentRequestState.PENDING));
        assertThat(pageFailures).hasValue(0);
    }

    private static List<PaymentRequest> pending(int count, Instant expiration) {
        List<PaymentRequest> paymentRequests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal value = BigDecimal.TEN;
            paymentRequests.add(PaymentRequest.builder()
                    .id(UUID.randomUUID())
                    .enterpriseId(ENTERPRISE)
                    .accountId(UUID.randomUUID())
                    .createdUtc(NOW)
                    .updatedUtc(NOW)
                    .state(PaymentRequestState.PENDING)
                    .amount(Amount.builder()
                            .currency("EUR")
                            .netValue(value)
                            .grossValue(value)
                            .taxValues(List.of())
                            .build())
                    .type(PaymentRequestType.PAYMENT)
                    .reason(PaymentRequestReason.OTHER)
                    .expirationUtc(expiration)
                    .description("Test")
                    .build());
        }
        return paymentRequests;
    }

    private static List<UUID> ids(PageOutcome outcome) {
        assertThat(outcome).isInstanceOf(PageOutcome.Page.class);
        return ((PageOutcome.Page) outcome)
                .paymentRequests().stream().map(PaymentRequest::id).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
