package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PaginationTest {

    record Page(List<Integer> items, @Nullable String cursor) {}

    /** A server holding items 0..total-1, newest first, whose cursor is the last item returned. */
    static final class FakeServer {
        final int total;
        final List<@Nullable String> cursorsSent = new ArrayList<>();

        FakeServer(int total) {
            this.total = total;
        }

        @Nullable
        Page fetch(@Nullable String cursor, int count) {
            cursorsSent.add(cursor);
            int start = cursor == null ? 0 : Integer.parseInt(cursor) + 1;
            List<Integer> items = new ArrayList<>();
            for (int i = start; i < Math.min(total, start + count); i++) {
                items.add(i);
            }
            if (items.isEmpty()) {
                return null; // 204 No Content
            }
            return new Page(items, String.valueOf(items.get(items.size() - 1)));
        }
    }

    private static Stream<Integer> stream(FakeServer server, int count) {
        return Pagination.stream(null, count, cursor -> server.fetch(cursor, count), Page::items, Page::cursor);
    }

    @Test
    void fetchesNothingUntilConsumed() {
        FakeServer server = new FakeServer(25);
        Stream<Integer> items = stream(server, 10);
        assertThat(server.cursorsSent).isEmpty();
        assertThat(items.limit(3)).containsExactly(0, 1, 2);
        assertThat(server.cursorsSent).hasSize(1);
    }

    @Test
    void followsCursorsAndStopsAtAShortPage() {
        FakeServer server = new FakeServer(25);
        assertThat(stream(server, 10)).hasSize(25).startsWith(0, 1).endsWith(24);
        assertThat(server.cursorsSent).containsExactly(null, "9", "19");
    }

    @Test
    void stopsAtNoContentWhenTheLastPageWasFull() {
        FakeServer server = new FakeServer(20);
        assertThat(stream(server, 10)).hasSize(20);
        assertThat(server.cursorsSent).containsExactly(null, "9", "19");
    }

    @Test
    void stopsAtANullCursor() {
        List<@Nullable String> sent = new ArrayList<>();
        Stream<Integer> items = Pagination.stream(
                "start",
                2,
                cursor -> {
                    sent.add(cursor);
                    return new Page(List.of(1, 2), null);
                },
                Page::items,
                Page::cursor);
        assertThat(items).containsExactly(1, 2);
        assertThat(sent).containsExactly("start");
    }

    @Test
    void refusesToPageForeverWhenTheCursorDoesNotMove() {
        Stream<Integer> items =
                Pagination.stream("same", 1, cursor -> new Page(List.of(1), "same"), Page::items, Page::cursor);
        assertThatThrownBy(items::toList)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned the cursor it was sent");
    }

    /** A generated client passes its transport's exception for this (ClientTransport.repeatedCursor). */
    @Test
    void aRepeatedCursorFailsWithTheCallersExceptionForItemsAndForPages() {
        class Stuck extends RuntimeException {
            Stuck(Object cursor) {
                super("stuck at " + cursor);
            }
        }
        Stream<Integer> items = Pagination.stream(
                null, 1, cursor -> new Page(List.of(1), "same"), Page::items, Page::cursor, Stuck::new);
        assertThatThrownBy(items::toList).isInstanceOf(Stuck.class).hasMessage("stuck at same");
        Stream<Page> pages =
                Pages.stream(null, 1, cursor -> new Page(List.of(1), "same"), Page::items, Page::cursor, Stuck::new);
        assertThatThrownBy(pages::toList).isInstanceOf(Stuck.class).hasMessage("stuck at same");
    }
}
