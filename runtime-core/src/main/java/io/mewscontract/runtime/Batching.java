package io.mewscontract.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Transparent batching for reads whose id list has a {@code maxItems} limit ({@code x-mews-batch} in the spec):
 * a longer list is split into chunks of at most {@code maxItems}, one request per chunk, sent one after the
 * other, and the result lists are concatenated in input order. A list within the limit is sent unchanged.
 */
public final class Batching {
    private Batching() {}

    /** {@code values} cut into consecutive chunks of at most {@code maxItems} (copies, not views). */
    public static <T> List<List<T>> chunks(List<T> values, int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, is " + maxItems);
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < values.size(); start += maxItems) {
            chunks.add(List.copyOf(values.subList(start, Math.min(values.size(), start + maxItems))));
        }
        return chunks;
    }

    /**
     * Sends {@code request}, in chunks when its id list is longer than {@code maxItems}.
     *
     * @param request the caller's request
     * @param ids the request's id list ({@code null}: send unchanged)
     * @param maxItems the id list's {@code maxItems}
     * @param withIds the request with its id list replaced by a chunk
     * @param send sends one request (and validates it)
     * @param items the result list of a response
     * @param withItems the first response with its result list replaced by the concatenation of all
     */
    public static <I, Q, R, T> R fetchAll(
            Q request,
            @Nullable List<I> ids,
            int maxItems,
            Function<List<I>, Q> withIds,
            Function<Q, R> send,
            Function<R, @Nullable List<T>> items,
            BiFunction<R, List<T>, R> withItems) {
        if (ids == null || ids.size() <= maxItems) {
            return send.apply(request);
        }
        @Nullable R first = null;
        List<T> all = new ArrayList<>();
        for (List<I> chunk : chunks(ids, maxItems)) {
            R response = send.apply(withIds.apply(chunk));
            if (first == null) {
                first = response;
            }
            addAll(all, items.apply(response));
        }
        // ids.size() > maxItems >= 1, so at least one chunk was sent and first is set.
        return withItems.apply(java.util.Objects.requireNonNull(first), List.copyOf(all));
    }

    /** {@link #fetchAll} for asynchronous sends; chunks are still sent one after the other. */
    public static <I, Q, R, T> CompletableFuture<R> fetchAllAsync(
            Q request,
            @Nullable List<I> ids,
            int maxItems,
            Function<List<I>, Q> withIds,
            Function<Q, CompletableFuture<R>> send,
            Function<R, @Nullable List<T>> items,
            BiFunction<R, List<T>, R> withItems) {
        if (ids == null || ids.size() <= maxItems) {
            return send.apply(request);
        }
        List<List<I>> chunks = chunks(ids, maxItems);
        CompletableFuture<R> first = send.apply(withIds.apply(chunks.get(0)));
        CompletableFuture<List<T>> all = first.thenApply(response -> {
            List<T> collected = new ArrayList<>();
            addAll(collected, items.apply(response));
            return collected;
        });
        for (List<I> chunk : chunks.subList(1, chunks.size())) {
            all = all.thenCompose(collected -> send.apply(withIds.apply(chunk)).thenApply(response -> {
                addAll(collected, items.apply(response));
                return collected;
            }));
        }
        return first.thenCombine(all, (response, collected) -> withItems.apply(response, List.copyOf(collected)));
    }

    private static <T> void addAll(List<T> target, @Nullable List<T> items) {
        if (items != null) {
            target.addAll(items);
        }
    }
}
