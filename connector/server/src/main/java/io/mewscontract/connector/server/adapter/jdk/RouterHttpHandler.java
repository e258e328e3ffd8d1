package io.mewscontract.connector.server.adapter.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.connector.server.router.RouterRequest;
import io.mewscontract.connector.server.router.RouterResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Objects;

/**
 * Connects a {@link Router} to the JDK's built-in HTTP server ({@code com.sun.net.httpserver}, module
 * {@code jdk.httpserver}): no dependency beyond the JDK. Register it for the context {@code "/"} so that the
 * router, not the server, answers unknown paths (with its {@code 404}, {@code Request-Id} and error body).
 * {@link JdkRouterServer} does that for you.
 *
 * <p>On an {@code HttpServer} of your own, start the JVM with {@code -Dsun.net.httpserver.nodelay=true} (or start
 * it through {@link JdkRouterServer}, which sets it): without it every keep-alive response waits about 40 ms.
 *
 * <p>The JDK server writes header names in its own canonical case ({@code Request-id}); HTTP header names are
 * case-insensitive, and HTTP clients look them up that way.
 */
public final class RouterHttpHandler implements HttpHandler {
    private final Router router;

    public RouterHttpHandler(Router router) {
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            RouterResponse response = router.handle(RouterRequest.of(
                    exchange.getRequestMethod(),
                    pathAndQuery(exchange.getRequestURI()),
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody()));
            response.headers().forEach(exchange.getResponseHeaders()::set);
            // A HEAD request gets the headers only (the router answers it 405, like every method but POST).
            byte[] body = "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : response.body();
            // -1 tells the JDK server there is no body at all (no Content-Length: 0 on a 204).
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            // Closing also drains what the router left unread of the body, or drops the connection if too much.
            exchange.close();
        }
    }

    /** The raw path, with the query when there is one, so that any query makes the address unknown. */
    static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
