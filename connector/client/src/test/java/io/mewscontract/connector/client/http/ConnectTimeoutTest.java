package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.MewsTimeoutException;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A server that never accepts: once its accept queue is full, the kernel drops further connection attempts and
 * the client's connect timeout runs out. The client reports it as a connect timeout and does not retry a write
 * (only a refused connection counts as proof that nothing was sent).
 *
 * <p>Linux only: dropping (rather than refusing) connections to a full accept queue is Linux's behaviour.
 */
@EnabledOnOs(OS.LINUX)
class ConnectTimeoutTest {

    @Test
    void aConnectionThatIsNeverAcceptedTimesOutConnecting() throws IOException {
        List<Socket> queued = new ArrayList<>();
        try (ServerSocket deaf = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Fill the accept queue so that the client's SYN is dropped.
            for (int i = 0; i < 4; i++) {
                Socket filler = new Socket();
                try {
                    filler.connect(new InetSocketAddress(deaf.getInetAddress(), deaf.getLocalPort()), 200);
                    queued.add(filler);
                } catch (IOException queueFull) {
                    filler.close();
                    break;
                }
            }
            MewsConnectorClient client = MewsConnectorClient.builder()
                    .environment(Environment.custom("http://127.0.0.1:" + deaf.getLocalPort()))
                    .clientToken(Clients.CLIENT_TOKEN)
                    .accessToken(Clients.ACCESS_TOKEN)
                    .client("Sample Client", "1.0.0")
                    .connectTimeout(Duration.ofMillis(300))
                    .retryPolicy(RetryPolicy.defaults())
                    .timeSource(new VirtualTime())
                    .build();

            MewsTimeoutException failure = catchThrowableOfType(
                    MewsTimeoutException.class, () -> client.exchange(ADD_ITEMS, ItemsRequest.of(List.of())));

            assertThat(failure.phase()).isEqualTo(MewsTimeoutException.Phase.CONNECT);
            assertThat(failure.timeout()).isEqualTo(Duration.ofMillis(300));
            assertThat(failure.getSuppressed())
                    .as("a write is not retried after a timeout")
                    .isEmpty();
        } finally {
            for (Socket socket : queued) {
                socket.close();
            }
        }
    }
}
