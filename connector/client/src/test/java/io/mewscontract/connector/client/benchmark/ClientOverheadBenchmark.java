package io.mewscontract.connector.client.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.model.Limitation;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.runtime.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the client costs per call on top of the HTTP exchange: {@code paymentRequests/getAll} through
 * {@link MewsConnectorClient} (validation, envelope, retry bookkeeping, error mapping, metadata) against the same
 * call written directly with {@link HttpClient} and Jackson, both answered with a page of ten payment requests.
 * The difference between the two is the client's overhead.
 *
 * <p>Two pairs: over loopback HTTP to a local server (the whole call, as an application sees it), and over an
 * {@link InMemoryHttpClient} (no network, so the small difference is not lost in the exchange's noise).
 *
 * <p>Run with {@code mvn -B -pl connector/client -am -Pbenchmark verify -DskipTests}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
// The JDK server otherwise leaves Nagle's algorithm on: every response would wait ~40 ms for a delayed ACK.
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
public class ClientOverheadBenchmark {

    private static final String CLIENT_TOKEN = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    private static final String ACCESS_TOKEN = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D";
    private static final String PATH = "/api/connector/v1/paymentRequests/getAll";

    private HttpServer server;
    private ExecutorService serverThreads;
    private MewsConnectorClient client;
    private HttpClient rawHttp;
    private ObjectMapper rawMapper;
    private URI rawUri;
    private PaymentRequestFilterParameters request;
    private MewsConnectorClient inMemoryClient;
    private HttpClient inMemoryHttp;

    @Setup(Level.Trial)
    public void start() throws IOException {
        byte[] page = page(10);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.getResponseHeaders().add("Request-Id", "4f1b6c6e-bench");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            }
        });
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

        client = MewsConnectorClient.builder()
                .environment(Environment.custom(base))
                .clientToken(CLIENT_TOKEN)
                .accessToken(ACCESS_TOKEN)
                .client("Benchmark", "1.0.0")
                .retryPolicy(RetryPolicy.defaults())
                .build();
        rawHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        inMemoryHttp = new InMemoryHttpClient(page);
        inMemoryClient = MewsConnectorClient.builder()
                .environment(Environment.custom(base))
                .clientToken(CLIENT_TOKEN)
                .accessToken(ACCESS_TOKEN)
                .client("Benchmark", "1.0.0")
                .retryPolicy(RetryPolicy.defaults())
                .httpClient(inMemoryHttp)
                .build();
        rawMapper = JsonMappers.client();
        rawUri = base.resolve(PATH);
        request = PaymentRequestFilterParameters.builder()
                .accountIds(List.of(UUID.fromString("a5c0a8ad-7a9c-4e7b-8a6e-b0d001ac3a67")))
                .states(List.of(PaymentRequestState.PENDING))
                .limitation(Limitation.builder().count(10).build())
                .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /** The call as a consuming team writes it with this client. */
    @Benchmark
    public PaymentRequestPage client() {
        return client.paymentRequests().getAll(request);
    }

    /** The same call with nothing but HttpClient and Jackson: no validation, no retries, no typed errors. */
    @Benchmark
    public PaymentRequestPage rawHttpClientAndJackson() throws IOException, InterruptedException {
        return raw(rawHttp);
    }

    /** {@link #client()} without the network. */
    @Benchmark
    public PaymentRequestPage clientInMemory() {
        return inMemoryClient.paymentRequests().getAll(request);
    }

    /** {@link #rawHttpClientAndJackson()} without the network. */
    @Benchmark
    public PaymentRequestPage rawHttpClientAndJacksonInMemory() throws IOException, InterruptedException {
        return raw(inMemoryHttp);
    }

    private PaymentRequestPage raw(HttpClient http) throws IOException, InterruptedException {
        ObjectNode body = rawMapper
                .createObjectNode()
                .put("ClientToken", CLIENT_TOKEN)
                .put("AccessToken", ACCESS_TOKEN)
                .put("Client", "Benchmark 1.0.0");
        body.setAll((ObjectNode) rawMapper.valueToTree(request));
        HttpRequest post = HttpRequest.newBuilder(rawUri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(rawMapper.writeValueAsBytes(body)))
                .header("Content-Type", "application/json")
                .build();
        HttpResponse<byte[]> response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return rawMapper.readValue(response.body(), PaymentRequestPage.class);
    }

    private static byte[] page(int size) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode page = mapper.createObjectNode();
        ArrayNode items = page.putArray("PaymentRequests");
        for (int i = 0; i < size; i++) {
            ObjectNode item = items.addObject()
                    .put("Id", new UUID(0x5eed, i).toString())
                    .put("EnterpriseId", "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    .put("AccountId", "a5c0a8ad-7a9c-4e7b-8a6e-b0d001ac3a67")
                    .putNull("ReservationId")
                    .putNull("ReservationGroupId")
                    .put("CreatedUtc", "2023-10-01T11:48:57Z")
                    .put("UpdatedUtc", "2023-10-01T11:48:57Z")
                    .put("State", "Pending")
                    .put("Type", "Payment")
                    .put("Reason", "Prepayment")
                    .put("ExpirationUtc", "2023-10-08T11:48:57Z")
                    .put("Description", "Prepayment for reservation " + i)
                    .putNull("Notes");
            ObjectNode amount = item.putObject("Amount")
                    .put("Currency", "EUR")
                    .put("NetValue", new java.math.BigDecimal("82.64"))
                    .put("GrossValue", new java.math.BigDecimal("100.00"));
            amount.putArray("TaxValues")
                    .addObject()
                    .put("Code", "DE-2020-1-S")
                    .put("Value", new java.math.BigDecimal("17.36"));
            amount.putNull("Breakdown");
        }
        page.put("Cursor", new UUID(0x5eed, size - 1).toString());
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }
}
