package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.ITEMS_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.RecordedRequest;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire: method, exact path, headers, and the body with the common fields first. */
class RequestFormatTest {

    private static final UUID ID = UUID.fromString("8466dfdd-0964-4e5a-9a6b-b0d001ac3a67");

    private final LocalServer server = LocalServer.start().otherwise(any -> Reply.json(200, ITEMS_JSON));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJsonPostToTheExactPathWithTheCommonFieldsFirst() {
        Clients.builder(server, new VirtualTime()).build().exchange(GET_ITEMS, ItemsRequest.of(List.of(ID)));

        RecordedRequest sent = server.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/api/connector/v1/items/getAll");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(sent.header("Prefer")).isNull();
        assertThat(sent.body())
                .isEqualTo("{\"ClientToken\":\"" + Clients.CLIENT_TOKEN + "\",\"AccessToken\":\"" + Clients.ACCESS_TOKEN
                        + "\",\"Client\":\"Sample Client 1.0.0\",\"Ids\":[\"" + ID + "\"]}");
    }

    @Test
    void languageAndCultureTravelTogether() {
        Clients.builder(server, new VirtualTime())
                .language("en-US", "en-GB")
                .build()
                .exchange(GET_ITEMS, ItemsRequest.of(List.of(ID)));

        assertThat(server.requests().get(0).body())
                .contains("\"Client\":\"Sample Client 1.0.0\",\"LanguageCode\":\"en-US\",\"CultureCode\":\"en-GB\",");
    }

    @Test
    void preferMinimalIsSentWhenAskedFor() {
        Clients.builder(server, new VirtualTime())
                .preferMinimal(true)
                .build()
                .exchange(GET_ITEMS, ItemsRequest.of(List.of(ID)));

        assertThat(server.requests().get(0).header("Prefer")).isEqualTo("return=minimal");
    }

    @Test
    void aCustomBaseUriKeepsItsPathPrefix() {
        MewsConnectorClient client = Clients.builder(server, new VirtualTime())
                .environment(Environment.custom(server.baseUri() + "/sandbox/"))
                .build();

        client.exchange(GET_ITEMS, ItemsRequest.of(List.of(ID)));

        assertThat(server.requests().get(0).path()).isEqualTo("/sandbox/api/connector/v1/items/getAll");
    }
}
