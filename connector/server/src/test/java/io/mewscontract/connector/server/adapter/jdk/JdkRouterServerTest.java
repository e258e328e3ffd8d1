package io.mewscontract.connector.server.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.server.adapter.AdapterContract;
import io.mewscontract.connector.server.testapi.Bodies;
import io.mewscontract.connector.server.testapi.TestApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The router on the JDK's built-in HTTP server, over real loopback HTTP. */
class JdkRouterServerTest extends AdapterContract {

    private JdkRouterServer server;

    @BeforeEach
    void start() throws IOException {
        server = JdkRouterServer.start(router, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected URI baseUri() {
        return server.baseUri();
    }

    @Test
    void clientsThatStallMidRequestDoNotStarveTheOthers() throws Exception {
        // More stalled clients than the pool keeps threads: half stop inside the headers, half inside the body.
        int stalled = 3 * JdkRouterServer.defaultThreads();
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < stalled; i++) {
                Socket socket = new Socket(server.address().getAddress(), server.port());
                sockets.add(socket);
                String partial = i % 2 == 0
                        ? "POST " + TestApi.GET_ALL_PATH + " HTTP/1.1\r\nHost: x\r\nContent-"
                        : "POST " + TestApi.GET_ALL_PATH + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                                + "\r\nContent-Length: 500\r\n\r\n{\"ClientToken\":";
                socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            Thread.sleep(200); // let the server hand every stalled connection to a thread

            long started = System.nanoTime();
            HttpResponse<String> response = send(post(TestApi.GET_ALL_PATH, Bodies.getAll(1))
                    .timeout(Duration.ofSeconds(5))
                    .build());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void theJdkServersOwnLimitsAreOnByDefault() {
        assertThat(System.getProperty(JdkRouterServer.MAX_REQUEST_TIME_PROPERTY))
                .isEqualTo("30");
        assertThat(System.getProperty(JdkRouterServer.MAX_RESPONSE_TIME_PROPERTY))
                .isEqualTo("30");
        assertThat(System.getProperty(JdkRouterServer.MAX_CONNECTIONS_PROPERTY)).isEqualTo("1000");
        assertThat(server.limits()).isEqualTo(JdkServerLimits.DEFAULTS);
        assertThat(JdkRouterServer.maxThreads(server.limits())).isEqualTo(1000);
    }

    @Test
    void limitsAreJvmWide_aServerAskingForOthersThanTheRunningOnesIsRefused() throws IOException {
        JdkServerLimits other =
                server.limits().withMaxConnections(server.limits().maxConnections() + 1);

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> JdkRouterServer.builder(router).limits(other).start());

        assertThat(refused)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reads its limits once per JVM");
        try (JdkRouterServer same =
                JdkRouterServer.builder(router).limits(server.limits()).start()) {
            assertThat(same.limits()).isEqualTo(server.limits());
        }
    }

    @Test
    void bindsTheLoopbackAddressByDefault() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.port()).isPositive();
        assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void runsRequestsOnTheExecutorItIsGivenAndLeavesItRunning() throws Exception {
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            JdkRouterServer custom = JdkRouterServer.builder(router)
                    .bindAddress(InetAddress.getLoopbackAddress())
                    .executor(task -> {
                        tasks.incrementAndGet();
                        pool.execute(task);
                    })
                    .start();
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(custom.baseUri() + TestApi.GET_ALL_PATH))
                            .POST(HttpRequest.BodyPublishers.ofString(Bodies.getAll(1)))
                            .build());
            custom.close();

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(tasks.get()).isPositive();
            // The caller owns an executor it gave: closing the server leaves it running.
            assertThat(pool.isShutdown()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void turnsOffNaglesAlgorithmForTheJdkServer() {
        // Without it each keep-alive response waits for a delayed ACK; bench/router-timing.sh shows the figures.
        assertThat(System.getProperty(JdkRouterServer.NO_DELAY_PROPERTY)).isEqualTo("true");
    }

    @Test
    void thePathAndQueryAreTakenRaw() {
        assertThat(RouterHttpHandler.pathAndQuery(URI.create("/a%2Fb?x=%20"))).isEqualTo("/a%2Fb?x=%20");
        assertThat(RouterHttpHandler.pathAndQuery(URI.create("/a?"))).isEqualTo("/a?");
        assertThat(RouterHttpHandler.pathAndQuery(URI.create("/a"))).isEqualTo("/a");
    }
}
