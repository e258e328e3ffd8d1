package io.mewscontract.sandbox.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.net.httpserver.HttpServer;
import io.mewscontract.connector.model.PreauthorizationResult;
import io.mewscontract.connector.server.adapter.jdk.JdkRouterServer;
import io.mewscontract.connector.server.adapter.jdk.JdkServerLimits;
import io.mewscontract.runtime.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The comparison point for the sandbox's throughput: what a hand-written {@code getAllByCustomers} endpoint on the
 * JDK's HttpServer does at the least. Each request's body is read with Jackson into a typed record, and the answer,
 * the sandbox's own response to the benchmark's request (read from a file at start into the generated
 * {@link PreauthorizationResult}), is written with Jackson from those records, as any typed endpoint writes its
 * answer. No routing table, UTF-8 check, common-field split, validation, authentication, rate limit or
 * {@code Request-Id}: what the sandbox adds on top of this is what the benchmark measures.
 *
 * <p>Everything else is the same in both servers, so that the difference is the router's work only: the JDK server
 * with the same limits and TCP_NODELAY ({@link JdkRouterServer} sets them when loaded), the same executor kind and
 * size (its default elastic pool), the same mapper ({@link JsonMappers#server()}) and the same records on the wire.
 *
 * <p>Run by sandbox/bench/run.sh: java -cp sandbox/target/mews-sandbox.jar:sandbox/target/test-classes
 * io.mewscontract.sandbox.bench.BaselineServer RESPONSE_FILE
 */
public class BaselineServer {

    /** The benchmark's request as a typed endpoint binds it: the common fields and the customer ids. */
    record Request(
            @JsonProperty(value = "ClientToken", required = true)
            String clientToken,

            @JsonProperty(value = "AccessToken", required = true)
            String accessToken,

            @JsonProperty(value = "Client", required = true) String client,

            @JsonProperty(value = "CustomerIds", required = true)
            List<UUID> customerIds) {}

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = JsonMappers.server();
        ObjectReader requests = mapper.readerFor(Request.class);
        ObjectWriter responses = mapper.writerFor(PreauthorizationResult.class);
        byte[] captured = Files.readAllBytes(Path.of(args[0]));
        PreauthorizationResult response = JsonMappers.client().readValue(captured, PreauthorizationResult.class);
        if (!Arrays.equals(responses.writeValueAsBytes(response), captured)) {
            throw new IllegalStateException("Jackson does not write the captured response byte for byte");
        }
        // Loading JdkRouterServer sets the JDK server's limits and TCP_NODELAY before this JVM's first server starts.
        int threads = JdkRouterServer.defaultThreads();
        if (!JdkServerLimits.fromSystemProperties().equals(JdkServerLimits.DEFAULTS)) {
            throw new IllegalStateException("The JDK server's limits differ from the sandbox's defaults");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Request request;
                try (InputStream in = exchange.getRequestBody()) {
                    request = requests.readValue(in);
                } catch (IOException unreadable) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                if (request.customerIds().isEmpty()) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                byte[] body = responses.writeValueAsBytes(response);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        // JdkRouterServer's default pool: defaultThreads() kept, one more per request in progress up to the
        // connection limit, handed over through a SynchronousQueue.
        server.setExecutor(new ThreadPoolExecutor(
                threads,
                Math.max(threads, JdkServerLimits.DEFAULTS.maxConnections()),
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "baseline-http");
                    thread.setDaemon(true);
                    return thread;
                }));
        server.start();
        System.out.println(
                "Baseline listening on http://127.0.0.1:" + server.getAddress().getPort());
    }
}
