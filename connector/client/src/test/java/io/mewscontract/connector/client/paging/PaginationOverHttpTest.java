package io.mewscontract.connector.client.paging;

import static io.mewscontract.connector.client.testing.TestApi.GET_PAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.PagedItems;
import io.mewscontract.connector.client.testing.TestApi.Item;
import io.mewscontract.connector.client.testing.TestApi.Limitation;
import io.mewscontract.connector.client.testing.TestApi.Page;
import io.mewscontract.connector.client.testing.TestApi.PageRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import io.mewscontract.runtime.Pagination;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime's lazy pagination over this transport and a real server that pages like the Connector API, with
 * and without {@code Prefer: return=minimal} (an empty page is then a {@code 204}). The generated clients' stream
 * methods are this same call; {@code GeneratedClientTest} runs them too once the generated code is built here.
 */
class PaginationOverHttpTest {

    private final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private Stream<Item> allItems(boolean preferMinimal, int pageSize) {
        MewsConnectorClient client = Clients.builder(server, new VirtualTime())
                .preferMinimal(preferMinimal)
                .build();
        return Pagination.stream(
                null,
                pageSize,
                cursor -> client.transport().send(GET_PAGE, new PageRequest(new Limitation(pageSize, cursor))),
                Page::items,
                Page::cursor);
    }

    @ParameterizedTest(name = "{0} items in pages of {1}, Prefer: return=minimal {2} -> {3} requests")
    @CsvSource({
        // items, page, minimal, requests
        "0,  3, false, 1", // an empty first page (Cursor null)
        "0,  3, true,  1", // a 204 first
        "2,  3, false, 1", // one short page
        "2,  3, true,  1",
        "10, 3, false, 4", // 3 + 3 + 3 + a short page of 1
        "10, 3, true,  4",
        "9,  3, false, 4", // 3 + 3 + 3 + an empty page
        "9,  3, true,  4", // 3 + 3 + 3 + a 204
    })
    void everyItemOnceInOrderWithTheExpectedNumberOfRequests(int items, int pageSize, boolean minimal, int requests) {
        PagedItems data = PagedItems.of(items);
        server.otherwise(data);

        List<Item> all = allItems(minimal, pageSize).toList();

        assertThat(all).extracting(Item::id).containsExactlyElementsOf(data.ids());
        assertThat(server.requestCount()).isEqualTo(requests);
        assertThat(server.requests())
                .allSatisfy(request -> assertThat(request.path()).isEqualTo("/api/connector/v1/items/getPage"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void pagesAreFetchedOnlyWhenTheStreamNeedsThem(boolean minimal) {
        server.otherwise(PagedItems.of(100));
        Iterator<Item> items = allItems(minimal, 10).iterator();
        assertThat(server.requestCount())
                .as("nothing before the first item is asked for")
                .isZero();

        items.next();
        assertThat(server.requestCount()).isEqualTo(1);
        for (int i = 1; i < 10; i++) {
            items.next();
        }
        assertThat(server.requestCount())
                .as("ten items come from the first page alone")
                .isEqualTo(1);
        items.next();
        assertThat(server.requestCount())
                .as("the eleventh needs the second page")
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 11})
    void limitingTheStreamLimitsTheRequests(int wanted) {
        server.otherwise(PagedItems.of(1_000));

        assertThat(allItems(false, 10).limit(wanted).count()).isEqualTo(wanted);

        assertThat(server.requestCount()).isEqualTo((wanted + 9) / 10);
    }

    @org.junit.jupiter.api.Test
    void theCursorOfEachPageIsSentForTheNext() {
        PagedItems data = PagedItems.of(7);
        server.otherwise(data);

        allItems(false, 3).toList();

        assertThat(server.requests())
                .extracting(request -> request.body().replaceAll(".*\"Limitation\":", ""))
                .containsExactly(
                        "{\"Count\":3}}",
                        "{\"Count\":3,\"Cursor\":\"" + data.ids().get(2) + "\"}}",
                        "{\"Count\":3,\"Cursor\":\"" + data.ids().get(5) + "\"}}");
    }
}
