package io.mewscontract.sandbox.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;

/**
 * The comparison point for the sandbox's throughput: the least a JSON endpoint on the JDK's HttpServer does. Each
 * request's body is parsed with Jackson, and the answer, the sandbox's own response to the benchmark's request (read
 * from a file at start), is written with Jackson. No routing table, validation, authentication, rate limit or typed
 * binding: what the sandbox adds on top of this is what the benchmark measures.
 *
 * <p>Run by sandbox/bench/run.sh: java -cp sandbox/target/mews-sandbox.jar:sandbox/target/test-classes
 * io.mewscontract.sandbox.bench.BaselineServer RESPONSE_FILE
 */
public class BaselineServer {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        byte[] captured = Files.readAllBytes(Path.of(args[0]));
        JsonNode response = mapper.readTree(captured);
        if (!Arrays.equals(mapper.writeValueAsBytes(response), captured)) {
            throw new IllegalStateException("Jackson does not write the captured response byte for byte");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode request = mapper.readTree(in);
                if (!request.path("CustomerIds").isArray()) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
            }
            byte[] body = mapper.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // The same pool as the sandbox's server: max(8, 2 x processors) threads.
        server.setExecutor(Executors.newFixedThreadPool(
                Math.max(8, 2 * Runtime.getRuntime().availableProcessors())));
        server.start();
        System.out.println(
                "Baseline listening on http://127.0.0.1:" + server.getAddress().getPort());
    }
}
