package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.MewsConnectionException;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed connection names the server it was for: the first thing a person checks. */
class ConnectionFailureMessageTest {

    @Test
    void aRefusedConnectionNamesHostAndPort() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort(); // free again once closed: nothing listens there
        }
        MewsConnectorClient client = MewsConnectorClient.builder()
                .environment(Environment.custom("http://127.0.0.1:" + port))
                .clientToken(Clients.CLIENT_TOKEN)
                .accessToken(Clients.ACCESS_TOKEN)
                .client("Sample Client", "1.0.0")
                .retryPolicy(RetryPolicy.none())
                .timeSource(new VirtualTime())
                .build();

        MewsConnectionException failure = catchThrowableOfType(
                MewsConnectionException.class, () -> client.exchange(ADD_ITEMS, ItemsRequest.of(List.of())));

        assertThat(failure.getMessage())
                .isEqualTo("addItems failed: could not connect to 127.0.0.1:" + port
                        + " (ConnectException); the request was not sent");
        assertThat(failure.server()).isEqualTo("127.0.0.1:" + port);
    }

    @Test
    void theServerIsHostAndPortWithTheSchemesDefaultPortAndNeverTheUserInfo() {
        assertThat(TransportFailures.server(URI.create("https://user:secret@api.mews.com/x")))
                .isEqualTo("api.mews.com:443");
        assertThat(TransportFailures.server(URI.create("http://localhost/x"))).isEqualTo("localhost:80");
        assertThat(TransportFailures.server(URI.create("http://[::1]:8080"))).isEqualTo("[::1]:8080");
    }
}
