package io.mewscontract.sandbox;

import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.server.OperationTable;
import io.mewscontract.connector.server.PaymentRequestsService;
import io.mewscontract.connector.server.PreauthorizationsService;
import io.mewscontract.connector.server.adapter.jdk.JdkRouterServer;
import io.mewscontract.connector.server.adapter.jdk.JdkServerLimits;
import io.mewscontract.connector.server.router.RequestInterceptor;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import io.mewscontract.sandbox.auth.TokenRegistry;
import io.mewscontract.sandbox.http.ExchangeObserver;
import io.mewscontract.sandbox.http.ExchangeRecordingFilter;
import io.mewscontract.sandbox.http.RequestLogFilter;
import io.mewscontract.sandbox.limit.RateLimit;
import io.mewscontract.sandbox.limit.SlidingWindowLimiter;
import io.mewscontract.sandbox.seed.DocumentedPreauthorizations;
import io.mewscontract.sandbox.seed.SyntheticData;
import io.mewscontract.sandbox.service.SandboxPaymentRequests;
import io.mewscontract.sandbox.service.SandboxPreauthorizations;
import io.mewscontract.sandbox.service.SandboxTime;
import io.mewscontract.sandbox.store.PaymentRequestStore;
import io.mewscontract.sandbox.store.PreauthorizationStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A local stand-in for the Mews Connector API: the generated service interfaces implemented in memory, behind the
 * framework-neutral router, on the JDK's HTTP server. Start one from a test or a tool:
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().start()) {          // 127.0.0.1, a free port
 *     MewsConnectorClient client = MewsConnectorClient.builder()
 *             .environment(Environment.custom(sandbox.baseUri()))
 *             .clientToken(...).accessToken(...)                // one of DemoTokens.PAIRS
 *             ...
 * }
 * }</pre>
 *
 * <p>By default it accepts the published demo tokens, limits each access token to 200 requests per 30 seconds, and
 * holds the preauthorizations of the documents' examples and no payment requests. Everything is in memory and
 * lost on {@link #close()}. Thread-safe.
 */
public final class Sandbox implements AutoCloseable {
    private final JdkRouterServer server;
    private final PreauthorizationStore preauthorizations;
    private final PaymentRequestStore paymentRequests;
    private final List<UUID> documentedCustomerIds;
    private final List<UUID> syntheticCustomerIds;
    private final TokenRegistry tokens;
    private final @Nullable RateLimit rateLimit;

    private Sandbox(
            JdkRouterServer server,
            PreauthorizationStore preauthorizations,
            PaymentRequestStore paymentRequests,
            List<UUID> documentedCustomerIds,
            List<UUID> syntheticCustomerIds,
            TokenRegistry tokens,
            @Nullable RateLimit rateLimit) {
        this.server = server;
        this.preauthorizations = preauthorizations;
        this.paymentRequests = paymentRequests;
        this.documentedCustomerIds = List.copyOf(documentedCustomerIds);
        this.syntheticCustomerIds = List.copyOf(syntheticCustomerIds);
        this.tokens = tokens;
        this.rateLimit = rateLimit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:port}: the platform address to give a client (no trailing slash). */
    public URI baseUri() {
        return server.baseUri();
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public int port() {
        return server.address().getPort();
    }

    /** The customers of the documents' examples, which have the documented preauthorizations. */
    public List<UUID> documentedCustomerIds() {
        return documentedCustomerIds;
    }

    /** The synthetic customers ({@link Builder#seedCustomers}), in the order generated. */
    public List<UUID> syntheticCustomerIds() {
        return syntheticCustomerIds;
    }

    /** The preauthorization data, for assertions. */
    public PreauthorizationStore preauthorizations() {
        return preauthorizations;
    }

    /** The payment request data, for assertions. */
    public PaymentRequestStore paymentRequests() {
        return paymentRequests;
    }

    /** The accepted tokens (printing it shows labels, never tokens). */
    public TokenRegistry tokens() {
        return tokens;
    }

    /** The request limit, or {@code null} when it is switched off. */
    public @Nullable RateLimit rateLimit() {
        return rateLimit;
    }

    /** Stops serving; the data is gone. Closing again does nothing. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "Sandbox[" + baseUri() + ", " + tokens + ", rate limit " + (rateLimit == null ? "off" : rateLimit) + "]";
    }

    /** Configures and starts a {@link Sandbox}. Not thread-safe. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private Clock clock = Clock.systemUTC();
        private boolean demoTokens = true;
        /** Added tokens, applied after the demo tokens so that they keep their published labels. */
        private final List<Consumer<TokenRegistry.Builder>> tokens = new ArrayList<>();

        private @Nullable RateLimit rateLimit = RateLimit.MEWS;
        private int seedCustomers;
        private long randomSeed = 1;
        private int maxBodyBytes = Router.DEFAULT_MAX_BODY_BYTES;
        private @Nullable JdkServerLimits serverLimits;
        private UnaryOperator<PaymentRequestsService> paymentRequestsDecorator = UnaryOperator.identity();
        private UnaryOperator<PreauthorizationsService> preauthorizationsDecorator = UnaryOperator.identity();
        private final List<RequestInterceptor> interceptors = new ArrayList<>();
        private @Nullable ExchangeObserver observer;
        private @Nullable PrintStream requestLog;
        private final List<Preauthorization> extraPreauthorizations = new ArrayList<>();
        private final List<PaymentRequest> extraPaymentRequests = new ArrayList<>();

        private Builder() {}

        /**
         * Adds these preauthorizations to the documented (and synthetic) ones. Preauthorizations are fixed once the
         * sandbox runs (no operation changes them), so they are given here.
         */
        public Builder preauthorizations(Collection<Preauthorization> preauthorizations) {
            extraPreauthorizations.addAll(List.copyOf(preauthorizations));
            return this;
        }

        /**
         * Adds these payment requests at start (their {@code EnterpriseId} decides which tokens see them). A running
         * sandbox takes more through {@link Sandbox#paymentRequests()}.
         */
        public Builder paymentRequests(Collection<PaymentRequest> paymentRequests) {
            extraPaymentRequests.addAll(List.copyOf(paymentRequests));
            return this;
        }

        /** Where to listen; default the loopback address, so the sandbox is not reachable from the network. */
        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The port; default {@code 0}, any free port (see {@link Sandbox#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, is " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The sandbox's clock (default the system clock, UTC): creation and update times, expiry of pending payment
         * requests, and the request limit's window all follow it.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Whether the published demo token pairs are accepted (default {@code true}). */
        public Builder demoTokens(boolean demoTokens) {
            this.demoTokens = demoTokens;
            return this;
        }

        /** Also accepts this pair, for {@link DemoTokens#ENTERPRISE_ID}. */
        public Builder token(String clientToken, String accessToken) {
            TokenPair pair = new TokenPair(clientToken, accessToken);
            tokens.add(registry -> registry.token(pair));
            return this;
        }

        /** Also accepts this pair as a portfolio token covering {@code enterpriseIds}. */
        public Builder portfolioToken(String clientToken, String accessToken, List<UUID> enterpriseIds) {
            TokenPair pair = new TokenPair(clientToken, accessToken);
            List<UUID> enterprises = List.copyOf(enterpriseIds);
            tokens.add(registry -> registry.portfolioToken(pair, enterprises));
            return this;
        }

        /** The request limit per access token (default {@link RateLimit#MEWS}). */
        public Builder rateLimit(RateLimit rateLimit) {
            this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
            return this;
        }

        /** {@code requests} per access token within {@code window}. */
        public Builder rateLimit(int requests, Duration window) {
            return rateLimit(new RateLimit(requests, window));
        }

        /** Switches the request limit off. */
        public Builder noRateLimit() {
            this.rateLimit = null;
            return this;
        }

        /** How many synthetic customers to add to the documented ones (default 0). */
        public Builder seedCustomers(int seedCustomers) {
            if (seedCustomers < 0) {
                throw new IllegalArgumentException("seedCustomers must not be negative, is " + seedCustomers);
            }
            this.seedCustomers = seedCustomers;
            return this;
        }

        /** The seed of the synthetic data (default 1): the same seed gives the same customers and ids. */
        public Builder randomSeed(long randomSeed) {
            this.randomSeed = randomSeed;
            return this;
        }

        /** The largest request body accepted, in bytes (default 1 MiB); larger ones answer {@code 413}. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 0 || maxBodyBytes == Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        "maxBodyBytes must be from 0 to " + (Integer.MAX_VALUE - 1) + ", is " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * How long slow clients may take and how many connections are admitted (default
         * {@link JdkServerLimits#DEFAULTS}). JVM-wide, like the JDK server they configure: {@link #start()} fails
         * when a server of this JVM already runs with other limits.
         */
        public Builder serverLimits(JdkServerLimits serverLimits) {
            this.serverLimits = Objects.requireNonNull(serverLimits, "serverLimits");
            return this;
        }

        /** Wraps the payment requests service, e.g. to make it fail in a test. */
        public Builder decoratePaymentRequests(UnaryOperator<PaymentRequestsService> decorator) {
            this.paymentRequestsDecorator = Objects.requireNonNull(decorator, "decorator");
            return this;
        }

        /** Wraps the preauthorizations service, e.g. to make it fail in a test. */
        public Builder decoratePreauthorizations(UnaryOperator<PreauthorizationsService> decorator) {
            this.preauthorizationsDecorator = Objects.requireNonNull(decorator, "decorator");
            return this;
        }

        /** Adds a router interceptor, run after the request limit. */
        public Builder interceptor(RequestInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** Shows every exchange, as it went over the wire, to {@code observer} (tests check traffic with it). */
        public Builder exchangeObserver(ExchangeObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** Prints a line per request (method, path, status, time, request id; never a token) to {@code out}. */
        public Builder requestLog(PrintStream out) {
            this.requestLog = Objects.requireNonNull(out, "out");
            return this;
        }

        /**
         * Seeds the data and starts serving.
         *
         * @throws IOException if the address cannot be bound
         * @throws IllegalStateException if no token is accepted, the bundled documents cannot be read, or the
         *     {@link #serverLimits} differ from those of a server already running in this JVM
         */
        public Sandbox start() throws IOException {
            TokenRegistry.Builder accepted = TokenRegistry.builder();
            if (demoTokens) {
                accepted.demoTokens();
            }
            tokens.forEach(add -> add.accept(accepted));
            TokenRegistry registry = accepted.build();
            if (registry.size() == 0) {
                throw new IllegalStateException("The sandbox would accept no token: keep the demo tokens or add one");
            }
            SandboxTime time = new SandboxTime(clock);

            List<Preauthorization> documented = DocumentedPreauthorizations.read();
            SyntheticData synthetic = seedCustomers == 0
                    ? SyntheticData.none()
                    : SyntheticData.generate(randomSeed, seedCustomers, DemoTokens.ENTERPRISE_ID, time.now());
            List<Preauthorization> allPreauthorizations = new ArrayList<>(documented);
            allPreauthorizations.addAll(synthetic.preauthorizations());
            allPreauthorizations.addAll(extraPreauthorizations);
            PreauthorizationStore preauthorizationStore = new PreauthorizationStore(allPreauthorizations);
            PaymentRequestStore paymentRequestStore = new PaymentRequestStore();
            paymentRequestStore.add(synthetic.paymentRequests());
            paymentRequestStore.add(extraPaymentRequests);

            // Groups the sandbox does not implement (the spec may gain some) answer 501.
            Router.Builder router = Router.builder(OperationTable.builder()
                            .preauthorizations(preauthorizationsDecorator.apply(
                                    new SandboxPreauthorizations(preauthorizationStore)))
                            .paymentRequests(paymentRequestsDecorator.apply(
                                    new SandboxPaymentRequests(paymentRequestStore, time)))
                            .build())
                    .authenticator(registry)
                    .maxBodyBytes(maxBodyBytes);
            if (rateLimit != null) {
                router.interceptor(new SlidingWindowLimiter(rateLimit, clock));
            }
            interceptors.forEach(router::interceptor);

            // Filters sit in front of the router: the request log, then the recorder tests check traffic with.
            JdkRouterServer.Builder http = JdkRouterServer.builder(router.build())
                    .bindAddress(bindAddress)
                    .port(port);
            if (serverLimits != null) {
                http.limits(serverLimits);
            }
            if (requestLog != null) {
                http.filter(new RequestLogFilter(requestLog));
            }
            if (observer != null) {
                http.filter(new ExchangeRecordingFilter(observer));
            }
            JdkRouterServer server = http.start();
            List<UUID> documentedCustomers = documented.stream()
                    .map(Preauthorization::customerId)
                    .distinct()
                    .toList();
            return new Sandbox(
                    server,
                    preauthorizationStore,
                    paymentRequestStore,
                    documentedCustomers,
                    synthetic.customerIds(),
                    registry,
                    rateLimit);
        }
    }
}
