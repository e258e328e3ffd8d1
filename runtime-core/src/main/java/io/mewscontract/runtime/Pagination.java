package io.mewscontract.runtime;

import java.util.Iterator;
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
 * Cursor pagination as the Connector API defines it, turned into a lazy {@link Stream} of items.
 *
 * <p>A page is fetched only when the stream's consumer needs its first item, and only one page is held at a
 * time, so {@code stream.limit(5)} costs one request and a full traversal of a large result never holds it
 * whole. Paging ends when a page is empty or missing (a {@code 204}), when it holds fewer items than were
 * asked for, or when the response cursor is {@code null}.
 */
public final class Pagination {
    private Pagination() {}

    /**
     * The items of every page, newest first, fetched lazily.
     *
     * @param firstCursor the cursor to start from ({@code null}: from the newest item)
     * @param pageSize the {@code Count} asked for per page; a shorter page is the last one
     * @param fetchPage fetches the page after a cursor ({@code null} for the first page); may return
     *     {@code null} for no content
     * @param items the items of a page
     * @param nextCursor the cursor a page returns
     * @throws IllegalStateException (while streaming) if the server returns the cursor it was sent, which would
     *     otherwise page forever
     */
    public static <C, P, T> Stream<T> stream(
            @Nullable C firstCursor,
            int pageSize,
            Function<@Nullable C, @Nullable P> fetchPage,
            Function<P, @Nullable List<T>> items,
            Function<P, @Nullable C> nextCursor) {
        return stream(firstCursor, pageSize, fetchPage, items, nextCursor, Pagination::repeatedCursor);
    }

    /**
     * Like {@link #stream(Object, int, Function, Function, Function)}, failing with {@code repeatedCursor}'s
     * exception when the server returns the cursor it was sent: a generated client passes its transport's
     * ({@link ClientTransport#repeatedCursor}), so that a caller catches one exception hierarchy.
     *
     * @param repeatedCursor the exception for the cursor the server sent back
     */
    public static <C, P, T> Stream<T> stream(
            @Nullable C firstCursor,
            int pageSize,
            Function<@Nullable C, @Nullable P> fetchPage,
            Function<P, @Nullable List<T>> items,
            Function<P, @Nullable C> nextCursor,
            Function<? super C, ? extends RuntimeException> repeatedCursor) {
        Objects.requireNonNull(fetchPage, "fetchPage");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(repeatedCursor, "repeatedCursor");
        return StreamSupport.stream(
                new PageSpliterator<>(firstCursor, pageSize, fetchPage, items, nextCursor, repeatedCursor), false);
    }

    /** The failure for a server that returns the cursor it was sent, when the caller names none. */
    static IllegalStateException repeatedCursor(Object cursor) {
        return new IllegalStateException(
                "The server returned the cursor it was sent (" + cursor + "); stopping instead of paging forever");
    }

    private static final class PageSpliterator<C, P, T> extends Spliterators.AbstractSpliterator<T> {
        private final int pageSize;
        private final Function<@Nullable C, @Nullable P> fetchPage;
        private final Function<P, @Nullable List<T>> items;
        private final Function<P, @Nullable C> nextCursor;
        private final Function<? super C, ? extends RuntimeException> repeatedCursor;
        private @Nullable C cursor;
        private Iterator<T> page = java.util.Collections.emptyIterator();
        private boolean lastPageFetched;

        PageSpliterator(
                @Nullable C firstCursor,
                int pageSize,
                Function<@Nullable C, @Nullable P> fetchPage,
                Function<P, @Nullable List<T>> items,
                Function<P, @Nullable C> nextCursor,
                Function<? super C, ? extends RuntimeException> repeatedCursor) {
            super(Long.MAX_VALUE, Spliterator.ORDERED);
            this.cursor = firstCursor;
            this.pageSize = pageSize;
            this.fetchPage = fetchPage;
            this.items = items;
            this.nextCursor = nextCursor;
            this.repeatedCursor = repeatedCursor;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (!page.hasNext()) {
                if (lastPageFetched) {
                    return false;
                }
                fetchNextPage();
            }
            action.accept(page.next());
            return true;
        }

        private void fetchNextPage() {
            @Nullable C sent = cursor;
            @Nullable P response = fetchPage.apply(sent);
            @Nullable List<T> pageItems = response == null ? null : items.apply(response);
            if (response == null || pageItems == null || pageItems.isEmpty()) {
                lastPageFetched = true;
                page = java.util.Collections.emptyIterator();
                return;
            }
            @Nullable C next = nextCursor.apply(response);
            if (next != null && next.equals(sent)) {
                throw repeatedCursor.apply(next);
            }
            cursor = next;
            lastPageFetched = next == null || pageItems.size() < pageSize;
            page = pageItems.iterator();
        }
    }
}
