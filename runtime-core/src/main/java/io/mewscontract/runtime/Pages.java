package io.mewscontract.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Cursor pagination as a lazy {@link Stream} of whole pages, for reads whose page carries several lists (the
 * primary list, which {@code Count} limits, and lists of related objects). Paging follows the same rules as
 * {@link Pagination}: it ends at a missing page ({@code 204}), an empty or short primary list, or a {@code null}
 * cursor; a server returning the cursor it was sent is an error instead of an endless loop.
 */
public final class Pages {
    private Pages() {}

    /**
     * @param firstCursor the cursor to start from ({@code null}: from the newest item)
     * @param pageSize the {@code Count} asked for per page
     * @param fetchPage fetches the page after a cursor; may return {@code null} for no content
     * @param primaryItems the list {@code Count} limits
     * @param nextCursor the cursor a page returns
     */
    public static <C, P> Stream<P> stream(
            @Nullable C firstCursor,
            int pageSize,
            Function<@Nullable C, @Nullable P> fetchPage,
            Function<P, @Nullable List<?>> primaryItems,
            Function<P, @Nullable C> nextCursor) {
        return stream(firstCursor, pageSize, fetchPage, primaryItems, nextCursor, Pagination::repeatedCursor);
    }

    /**
     * Like {@link #stream(Object, int, Function, Function, Function)}, failing with {@code repeatedCursor}'s
     * exception when the server returns the cursor it was sent (a generated client passes its transport's,
     * {@link ClientTransport#repeatedCursor}).
     *
     * @param repeatedCursor the exception for the cursor the server sent back
     */
    public static <C, P> Stream<P> stream(
            @Nullable C firstCursor,
            int pageSize,
            Function<@Nullable C, @Nullable P> fetchPage,
            Function<P, @Nullable List<?>> primaryItems,
            Function<P, @Nullable C> nextCursor,
            Function<? super C, ? extends RuntimeException> repeatedCursor) {
        Objects.requireNonNull(fetchPage, "fetchPage");
        Objects.requireNonNull(repeatedCursor, "repeatedCursor");
        return StreamSupport.stream(
                new Spliterators.AbstractSpliterator<P>(Long.MAX_VALUE, Spliterator.ORDERED) {
                    private @Nullable C cursor = firstCursor;
                    private boolean done;

                    @Override
                    public boolean tryAdvance(Consumer<? super P> action) {
                        if (done) {
                            return false;
                        }
                        @Nullable C sent = cursor;
                        @Nullable P page = fetchPage.apply(sent);
                        @Nullable List<?> items = page == null ? null : primaryItems.apply(page);
                        if (page == null || items == null || items.isEmpty()) {
                            done = true;
                            if (page == null) {
                                return false;
                            }
                            action.accept(page); // an empty page may still carry related lists
                            return true;
                        }
                        @Nullable C next = nextCursor.apply(page);
                        if (next != null && next.equals(sent)) {
                            throw repeatedCursor.apply(next);
                        }
                        cursor = next;
                        done = next == null || items.size() < pageSize;
                        action.accept(page);
                        return true;
                    }
                },
                false);
    }
}
