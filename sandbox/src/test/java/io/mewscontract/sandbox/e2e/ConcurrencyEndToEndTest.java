package io.mewscontract.sandbox.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.BadRequestException;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.testing.Clients;
import io.mewscontract.sandbox.testing.PaymentRequestData;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many clients adding and cancelling the same payment requests at once, over HTTP: afterwards every addition is
 * there exactly once, and every payment request is {@code Canceled} exactly when one cancel of it succeeded (a
 * cancel is never lost, never applied twice, and a refused cancel changes nothing).
 */
class ConcurrencyEndToEndTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 12;

    @Test
    void concurrentAddsAndCancelsNeverLoseOrDoubleApplyAChange() throws Exception {
        SpecCheckedTraffic traffic = new SpecCheckedTraffic();
        UUID account = UUID.randomUUID();
        List<UUID> added = new CopyOnWriteArrayList<>();
        Map<UUID, AtomicInteger> successfulCancels = new ConcurrentHashMap<>();
        Map<UUID, AtomicInteger> refusedAsNotPending = new ConcurrentHashMap<>();
        AtomicInteger refusedAsUnknown = new AtomicInteger();
        try (Sandbox sandbox =
                Sandbox.builder().noRateLimit().exchangeObserver(traffic).start()) {
            MewsConnectorClient client = Clients.client(sandbox);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(t);
                workers.add(pool.submit(() -> {
                    go.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        client.paymentRequests()
                                .add(PaymentRequestData.add(account, Instant.now(), 3))
                                .paymentRequests()
                                .forEach(request -> added.add(request.id()));
                        for (int c = 0; c < 3; c++) {
                            // One or two ids, drawn from everything added so far by any thread: they collide.
                            List<UUID> ids = new ArrayList<>();
                            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                                ids.add(added.get(random.nextInt(added.size())));
                            }
                            try {
                                client.paymentRequests()
                                        .cancel(PaymentRequestCancelParameters.builder()
                                                .paymentRequestIds(ids)
                                                .build())
                                        .paymentRequests()
                                        .forEach(canceled -> successfulCancels
                                                .computeIfAbsent(canceled.id(), id -> new AtomicInteger())
                                                .incrementAndGet());
                            } catch (ForbiddenException notPending) {
                                UUID named = UUID.fromString(notPending
                                        .errorMessage()
                                        .replaceAll(".*payment request ([0-9a-f-]{36}) is .*", "$1"));
                                refusedAsNotPending
                                        .computeIfAbsent(named, id -> new AtomicInteger())
                                        .incrementAndGet();
                            } catch (BadRequestException unknown) {
                                refusedAsUnknown.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();

            Map<UUID, PaymentRequest> finalStates = client.paymentRequests()
                    .getAllItems(PaymentRequestData.byAccounts(1000, account).build())
                    .collect(Collectors.toMap(PaymentRequest::id, Function.identity()));

            assertThat(added).hasSize(THREADS * ROUNDS * 3).doesNotHaveDuplicates();
            assertThat(finalStates.keySet()).containsExactlyInAnyOrderElementsOf(added);
            assertThat(successfulCancels.values())
                    .as("no payment request was canceled twice")
                    .allSatisfy(count -> assertThat(count).hasValue(1));
            for (UUID id : added) {
                PaymentRequestState expected =
                        successfulCancels.containsKey(id) ? PaymentRequestState.CANCELED : PaymentRequestState.PENDING;
                assertThat(finalStates.get(id).state()).as("state of %s", id).isEqualTo(expected);
            }
            assertThat(refusedAsNotPending.keySet())
                    .as("a cancel is refused only for what another cancel canceled")
                    .isSubsetOf(successfulCancels.keySet());
            assertThat(refusedAsUnknown)
                    .as("every id was known when it was drawn")
                    .hasValue(0);
            assertThat(successfulCancels).isNotEmpty();
            assertThat(refusedAsNotPending).as("the threads did collide").isNotEmpty();
        }
        assertThat(traffic.violations()).isEmpty();
    }
}
