package io.mewscontract.connector.server.adapter.jdk;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpServer;
import io.mewscontract.connector.server.router.Router;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Router} served by the JDK's built-in HTTP server: the embedded default, with no dependency beyond the
 * JDK. Binds the loopback address unless told otherwise, so a local stand-in is not reachable from the network by
 * accident.
 *
 * <pre>{@code
 * try (JdkRouterServer server = JdkRouterServer.start(router, 8080)) {
 *     // POST http://127.0.0.1:8080/api/connector/v1/paymentRequests/getAll
 * }
 * }</pre>
 *
 * <p>Loading this class sets the system property {@value #NO_DELAY_PROPERTY} to {@code true} unless it is set
 * already: the JDK server writes a response's headers and its body as two TCP segments, and with Nagle's
 * algorithm the second waits for the client's delayed acknowledgement, about 40 ms on every keep-alive request
 * (measured here: 22 sequential requests per second without it, 2,800 with it). The JDK server reads the property
 * once, when the first server of the JVM starts; set it yourself to {@code false} to keep Nagle's algorithm.
 *
 * <p><b>Slow clients and many connections.</b> The JDK server reads a request's headers and body on the executor's
 * thread, so a client that stalls mid-request holds a thread. Loading this class therefore also sets, unless set
 * already, the JDK server's own limits (JVM-wide system properties, read once when the first server starts):
 * {@value #MAX_REQUEST_TIME_PROPERTY} ({@value #DEFAULT_MAX_REQUEST_SECONDS} s to receive headers and body, then
 * the connection is closed), {@value #MAX_RESPONSE_TIME_PROPERTY} ({@value #DEFAULT_MAX_RESPONSE_SECONDS} s to send
 * the response) and {@value #MAX_CONNECTIONS_PROPERTY} ({@value #DEFAULT_MAX_CONNECTIONS} open connections; more
 * are accepted and closed at once). Idle keep-alive connections are closed after 30 s (the JDK's default). Set
 * other values with {@link Builder#limits} ({@link JdkServerLimits}: JVM-wide, fixed when the first server starts).
 *
 * <p>Requests run on the configured executor; by default an elastic pool: {@link #defaultThreads()} threads kept,
 * growing to one per open connection (bounded by the connection limit), so a handful of stalled clients never
 * starves the others, and shrinking again when idle. {@link #close()} shuts it down. Pass your own (virtual threads
 * on a newer JDK) with {@link Builder#executor}; the server never shuts down an executor it was given.
 */
public final class JdkRouterServer implements AutoCloseable {

    /** The JDK server's switch for {@code TCP_NODELAY} on accepted connections. */
    public static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /** The JDK server's time limit, in seconds, for receiving a request's headers and body. */
    public static final String MAX_REQUEST_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";
    /** The JDK server's time limit, in seconds, for sending a response. */
    public static final String MAX_RESPONSE_TIME_PROPERTY = "sun.net.httpserver.maxRspTime";
    /** The JDK server's limit on open connections. */
    public static final String MAX_CONNECTIONS_PROPERTY = "jdk.httpserver.maxConnections";

    static final int DEFAULT_MAX_REQUEST_SECONDS = 30;
    static final int DEFAULT_MAX_RESPONSE_SECONDS = 30;
    static final int DEFAULT_MAX_CONNECTIONS = 1000;

    static {
        setUnlessSet(NO_DELAY_PROPERTY, "true");
        setUnlessSet(MAX_REQUEST_TIME_PROPERTY, Integer.toString(DEFAULT_MAX_REQUEST_SECONDS));
        setUnlessSet(MAX_RESPONSE_TIME_PROPERTY, Integer.toString(DEFAULT_MAX_RESPONSE_SECONDS));
        setUnlessSet(MAX_CONNECTIONS_PROPERTY, Integer.toString(DEFAULT_MAX_CONNECTIONS));
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The most threads the default pool grows to: one per connection the server admits. */
    static int maxThreads(JdkServerLimits limits) {
        return Math.max(limits.maxConnections(), defaultThreads());
    }

    /** The limits the JDK server of this JVM runs with, once a server was started here. */
    private static @Nullable JdkServerLimits jvmLimits;

    /**
     * Fixes the JVM's limits on the first start (to {@code requested}, or to what the system properties say), and
     * refuses a later request for other limits, which the JDK would silently ignore.
     */
    private static synchronized JdkServerLimits applyLimits(@Nullable JdkServerLimits requested) {
        if (jvmLimits == null) {
            if (requested != null) {
                requested.toSystemProperties();
            }
            jvmLimits = requested != null ? requested : JdkServerLimits.fromSystemProperties();
        } else if (requested != null && !requested.equals(jvmLimits)) {
            throw new IllegalStateException("The JDK HTTP server reads its limits once per JVM, and this JVM already"
                    + " serves with " + jvmLimits + "; cannot start one with " + requested
                    + ": start it in its own JVM, or ask for the same limits");
        }
        return jvmLimits;
    }

    private final HttpServer server;
    private final @Nullable ExecutorService ownedExecutor;
    private final JdkServerLimits limits;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdkRouterServer(HttpServer server, @Nullable ExecutorService ownedExecutor, JdkServerLimits limits) {
        this.server = server;
        this.ownedExecutor = ownedExecutor;
        this.limits = limits;
    }

    /** The limits this server runs with (the JVM's: {@link JdkServerLimits}). */
    public JdkServerLimits limits() {
        return limits;
    }

    /**
     * Serves {@code router} on {@code 127.0.0.1:port} (port {@code 0}: any free port, see {@link #port()}).
     *
     * @throws IOException if the address cannot be bound
     */
    public static JdkRouterServer start(Router router, int port) throws IOException {
        return builder(router).port(port).start();
    }

    public static Builder builder(Router router) {
        return new Builder(router);
    }

    /** Threads in the default pool: twice the processors, at least 8 (handlers may wait on I/O). */
    public static int defaultThreads() {
        return Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** The address actually bound. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The port actually bound (useful after binding port {@code 0}). */
    public int port() {
        return address().getPort();
    }

    /** {@code http://host:port}, with no trailing slash; append an operation's path. */
    public URI baseUri() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /**
     * Stops accepting requests and ends open exchanges. When this server made the default executor, it then waits
     * (up to five seconds) for the requests in flight to finish, filters included, so everything a filter records
     * has been recorded once this returns. Closing again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
            try {
                if (!ownedExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                    ownedExecutor.shutdownNow();
                }
            } catch (InterruptedException e) {
                ownedExecutor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Configures and starts a {@link JdkRouterServer}. */
    public static final class Builder {
        private final Router router;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private int backlog;
        private @Nullable Executor executor;
        private @Nullable JdkServerLimits limits;
        private final List<Filter> filters = new ArrayList<>();

        private Builder(Router router) {
            this.router = Objects.requireNonNull(router, "router");
        }

        /** Where to listen; default the loopback address ({@code 127.0.0.1}). */
        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The port; default {@code 0}, any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, is " + port);
            }
            this.port = port;
            return this;
        }

        /** The listen backlog; {@code 0} (default) leaves it to the system. */
        public Builder backlog(int backlog) {
            this.backlog = backlog;
            return this;
        }

        /** Runs requests on this executor instead of the default pool; the caller shuts it down. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Timeouts and the connection limit for slow clients (default: {@link JdkServerLimits#DEFAULTS}, or the
         * system properties set when the JVM started). JVM-wide: {@link #start()} refuses limits other than those
         * of a server started before in this JVM.
         */
        public Builder limits(JdkServerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Puts a filter in front of the router (a request log, a recorder of exchanges for tests); filters run in
         * the order added.
         */
        public Builder filter(Filter filter) {
            filters.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /**
         * @throws IOException if the address cannot be bound
         * @throws IllegalStateException if {@link #limits} differ from those this JVM's JDK server already runs with
         */
        public JdkRouterServer start() throws IOException {
            JdkServerLimits effective = applyLimits(limits);
            HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), backlog);
            server.createContext("/", new RouterHttpHandler(router))
                    .getFilters()
                    .addAll(filters);
            ExecutorService owned = executor == null ? elasticPool(effective) : null;
            server.setExecutor(executor != null ? executor : owned);
            server.start();
            return new JdkRouterServer(server, owned, effective);
        }

        /**
         * Keeps {@link #defaultThreads()} threads and adds one per request in progress beyond them, up to
         * the connection limit: the JDK server admits no more connections than that, and a connection holds at
         * most one thread, so no request is ever refused for want of a thread.
         */
        private static ExecutorService elasticPool(JdkServerLimits limits) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    defaultThreads(),
                    maxThreads(limits),
                    30,
                    TimeUnit.SECONDS,
                    new SynchronousQueue<>(),
                    daemonThreads());
            return pool;
        }

        private static ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return runnable -> {
                Thread thread = new Thread(runnable, "mews-router-http-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
