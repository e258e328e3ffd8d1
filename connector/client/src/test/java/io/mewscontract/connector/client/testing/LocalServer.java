package io.mewscontract.connector.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on the loopback interface (the JDK's {@code com.sun.net.httpserver}), answering with scripted
 * replies and recording every request it receives.
 */
public final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<RecordedRequest, Reply> fallback =
            request -> Reply.json(500, "{\"Message\":\"No reply scripted for " + request.path() + "\"}");

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes wait ~40 ms for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LocalServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A server on a free port. */
    public static LocalServer start() {
        return startOn(0);
    }

    /** A server on {@code port} (0: any free port). */
    public static LocalServer startOn(int port) {
        try {
            return new LocalServer(port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a local server on port " + port, e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Replies served in order, one per request, whatever its path; then {@link #otherwise}. */
    public LocalServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** How to answer once the script is used up. */
    public LocalServer otherwise(Function<RecordedRequest, Reply> fallback) {
        this.fallback = fallback;
        return this;
    }

    public List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            RecordedRequest request = new RecordedRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    headers,
                    new String(body, StandardCharsets.UTF_8));
            requests.add(request);
            Reply reply = script.poll();
            if (reply == null) {
                reply = fallback.apply(request);
            }
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] replyBody = reply.body().getBytes(StandardCharsets.UTF_8);
            // -1: no body at all (204, or an empty 200); 0 would mean "chunked".
            exchange.sendResponseHeaders(reply.status(), replyBody.length == 0 ? -1 : replyBody.length);
            if (replyBody.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(replyBody);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // A client that timed out closes the connection before the reply is written.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One request as the server received it. */
    public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A scripted answer. */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

        public static Reply json(int status, String body) {
            return new Reply(
                    status,
                    Map.of("Content-Type", "application/json; charset=utf-8", "Request-Id", "req-" + status),
                    body,
                    Duration.ZERO);
        }

        public static Reply raw(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, body, Duration.ZERO);
        }

        public static Reply noContent() {
            return new Reply(204, Map.of("Request-Id", "req-204"), "", Duration.ZERO);
        }

        public static Reply error(int status, String message) {
            return json(
                    status, "{\"Message\":\"" + message + "\",\"RequestId\":\"body-" + status + "\",\"Details\":null}");
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, Map.copyOf(all), body, delay);
        }

        public Reply withoutHeader(String name) {
            Map<String, String> all = new java.util.LinkedHashMap<>(headers);
            all.remove(name);
            return new Reply(status, Map.copyOf(all), body, delay);
        }

        public Reply after(Duration delay) {
            return new Reply(status, headers, body, delay);
        }
    }
}
