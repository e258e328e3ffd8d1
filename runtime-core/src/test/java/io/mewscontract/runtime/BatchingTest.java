package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchingTest {

    record Request(List<Integer> ids) {}

    record Response(List<String> items, String marker) {}

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "999, 1", "1000, 1", "1001, 2", "2000, 2", "2001, 3", "2500, 3"})
    void splitsAtMaxItemsAndMergesInOrder(int count, int expectedRequests) {
        List<Integer> ids = IntStream.range(0, count).boxed().toList();
        List<Request> sent = new ArrayList<>();

        Response merged = Batching.fetchAll(
                new Request(ids),
                ids,
                1000,
                Request::new,
                request -> {
                    sent.add(request);
                    return new Response(
                            request.ids().stream().map(id -> "item" + id).toList(), "page" + sent.size());
                },
                Response::items,
                (first, items) -> new Response(items, first.marker()));

        assertThat(sent).hasSize(expectedRequests);
        assertThat(sent).allSatisfy(request -> assertThat(request.ids()).hasSizeLessThanOrEqualTo(1000));
        assertThat(merged.items()).isEqualTo(ids.stream().map(id -> "item" + id).toList());
        assertThat(merged.marker()).isEqualTo("page1");
    }

    @Test
    void sendsTheOriginalRequestUnchangedWithinTheLimit() {
        Request original = new Request(List.of(1, 2, 3));
        List<Request> sent = new ArrayList<>();
        Batching.fetchAll(
                original,
                original.ids(),
                1000,
                ids -> {
                    throw new AssertionError("must not rebuild the request");
                },
                request -> {
                    sent.add(request);
                    return new Response(List.of(), "x");
                },
                Response::items,
                (first, items) -> first);
        assertThat(sent).containsExactly(original);
    }

    @Test
    void chunkSizesAtTheSplitPoints() {
        assertThat(Batching.chunks(IntStream.range(0, 2500).boxed().toList(), 1000))
                .extracting(List::size)
                .containsExactly(1000, 1000, 500);
        assertThat(Batching.chunks(IntStream.range(0, 1001).boxed().toList(), 1000))
                .extracting(List::size)
                .containsExactly(1000, 1);
        assertThat(Batching.chunks(List.of(), 1000)).isEmpty();
    }

    @Test
    void asyncSendsChunksInOrderAndMerges() {
        List<Integer> ids = IntStream.range(0, 2500).boxed().toList();
        List<Integer> firstIdsSent = new ArrayList<>();
        Response merged = Batching.fetchAllAsync(
                        new Request(ids),
                        ids,
                        1000,
                        Request::new,
                        request -> {
                            firstIdsSent.add(request.ids().get(0));
                            return CompletableFuture.completedFuture(new Response(
                                    request.ids().stream().map(String::valueOf).toList(), "m"));
                        },
                        Response::items,
                        (first, items) -> new Response(items, first.marker()))
                .join();
        assertThat(firstIdsSent).containsExactly(0, 1000, 2000);
        assertThat(merged.items()).hasSize(2500).startsWith("0", "1").endsWith("2499");
    }
}
