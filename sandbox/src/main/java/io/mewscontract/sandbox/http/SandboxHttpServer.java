package io.mewscontract.sandbox.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import io.mewscontract.service.adapter.jdk.JdkRouterServer;
import io.mewscontract.service.adapter.jdk.RouterHttpHandler;
import io.mewscontract.service.router.Router;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The router on the JDK's HTTP server, through the server module's {@link RouterHttpHandler}: the same adapter
 * {@link JdkRouterServer} uses, mounted here by hand so that filters (a request log, an exchange recorder for tests)
 * can sit in front of it.
 */
public final class SandboxHttpServer implements AutoCloseable {

    static {
        // As JdkRouterServer does: without TCP_NODELAY the JDK server's body segment waits for the client's delayed
        // acknowledgement, about 40 ms per keep-alive response. The server reads the property once, when the JVM's
        // first server starts; set it to false yourself to keep Nagle's algorithm.
        if (System.getProperty(JdkRouterServer.NO_DELAY_PROPERTY) == null) {
            System.setProperty(JdkRouterServer.NO_DELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds {@code address} and serves {@code router} on {@link JdkRouterServer#defaultThreads()} threads.
     *
     * @param requestLog where to print a line per request, or {@code null} for no log
     * @param observer what to show each exchange, or {@code null}
     * @throws IOException if the address cannot be bound
     */
    public static SandboxHttpServer start(Router router, InetSocketAddress address, @Nullable PrintStream requestLog,
            @Nullable ExchangeObserver observer) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        HttpContext context = server.createContext("/", new RouterHttpHandler(router));
        if (requestLog != null) {
            context.getFilters().add(new RequestLogFilter(requestLog));
        }
        if (observer != null) {
            context.getFilters().add(new ExchangeRecordingFilter(observer));
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(JdkRouterServer.defaultThreads(), runnable -> {
            Thread thread = new Thread(runnable, "mews-sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new SandboxHttpServer(server, executor);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://host:port}, no trailing slash. */
    public URI baseUri() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /**
     * Stops accepting requests and ends open connections, then waits (up to five seconds) for the request threads
     * to finish what they were doing, exchange observers included, so an observer has seen everything once this
     * returns. Closing again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
