package io.mewscontract.sandbox.junit;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.server.adapter.jdk.JdkServerLimits;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.SandboxClock;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an in-process sandbox (loopback, a free port) for each test, or once for a test class, and stops it after.
 * Test methods, constructors and lifecycle methods take any of these as parameters:
 * <ul>
 *   <li>{@link MewsConnectorClient}: pointed at the sandbox, with the first published demo token pair, no retries;
 *   <li>{@link URI}: the base URI, for teams that call the API with their own HTTP stack;
 *   <li>{@link SandboxClock}: the sandbox's clock, standing still until the test moves it;
 *   <li>{@link RecordedExchanges}: every exchange as it went over the wire;
 *   <li>{@link Sandbox}: the sandbox itself (its stores, for assertions and for adding payment requests).
 * </ul>
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MewsSandboxExtension sandbox = MewsSandboxExtension.perClass()
 *         .startingAt(Instant.parse("2026-03-02T09:00:00Z"))
 *         .preauthorizations(TestData.preauthorization(CUSTOMER).build());
 * }</pre>
 *
 * <p>Registered in a static field, {@link #perClass()} starts one sandbox before the class's first test; in an
 * instance field, or through {@link MewsSandbox}, {@link #perTest()} (the default) starts a fresh one for every
 * test. The accessors ({@link #client()}, {@link #clock()}, ...) answer for the sandbox of the running test; with
 * tests running in parallel, take parameters instead.
 */
public final class MewsSandboxExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private static final Set<Class<?>> INJECTED =
            Set.of(MewsConnectorClient.class, URI.class, SandboxClock.class, RecordedExchanges.class, Sandbox.class);

    private final boolean perClass;
    private @Nullable Instant start;
    private final List<Consumer<Sandbox.Builder>> configuration = new ArrayList<>();
    private UnaryOperator<MewsConnectorClient.Builder> clientConfiguration = UnaryOperator.identity();
    private volatile @Nullable Running current;

    /** A sandbox per test, with the defaults: what {@link MewsSandbox} registers. */
    public MewsSandboxExtension() {
        this(false);
    }

    private MewsSandboxExtension(boolean perClass) {
        this.perClass = perClass;
    }

    /** A fresh sandbox for every test: no test sees another's data. */
    public static MewsSandboxExtension perTest() {
        return new MewsSandboxExtension(false);
    }

    /** One sandbox for all tests of the class (register it in a static field): faster, the data is shared. */
    public static MewsSandboxExtension perClass() {
        return new MewsSandboxExtension(true);
    }

    /** Where the clock starts; by default the real time when the sandbox starts, to the second. */
    public MewsSandboxExtension startingAt(Instant start) {
        this.start = Objects.requireNonNull(start, "start");
        return this;
    }

    /** Anything else the sandbox's builder offers: tokens, the request limit, failing services, a request log. */
    public MewsSandboxExtension configure(Consumer<Sandbox.Builder> configuration) {
        this.configuration.add(Objects.requireNonNull(configuration, "configuration"));
        return this;
    }

    /**
     * Timeouts and the connection limit of the sandbox's HTTP server ({@link JdkServerLimits#DEFAULTS} unless set).
     * The JDK applies them JVM-wide when its first server starts: every sandbox of a test JVM must ask for the same
     * ones, else its start fails saying so (run such tests in a JVM of their own, e.g. a separate surefire
     * execution).
     */
    public MewsSandboxExtension serverLimits(JdkServerLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return configure(builder -> builder.serverLimits(limits));
    }

    /** Preauthorizations to add to the documented ones ({@link TestData#preauthorization} builds them). */
    public MewsSandboxExtension preauthorizations(Preauthorization... preauthorizations) {
        List<Preauthorization> seeded = List.of(preauthorizations);
        return configure(builder -> builder.preauthorizations(seeded));
    }

    /** Payment requests present from the start ({@link TestData#paymentRequest} builds them). */
    public MewsSandboxExtension paymentRequests(PaymentRequest... paymentRequests) {
        List<PaymentRequest> seeded = List.of(paymentRequests);
        return configure(builder -> builder.paymentRequests(seeded));
    }

    /** Changes the injected client's settings (timeouts, a retry policy, a listener). */
    public MewsSandboxExtension client(UnaryOperator<MewsConnectorClient.Builder> configuration) {
        UnaryOperator<MewsConnectorClient.Builder> before = clientConfiguration;
        Objects.requireNonNull(configuration, "configuration");
        this.clientConfiguration = builder -> configuration.apply(before.apply(builder));
        return this;
    }

    /** The running sandbox. */
    public Sandbox sandbox() {
        return running().sandbox();
    }

    /** A client of the running sandbox (the one parameters receive). */
    public MewsConnectorClient client() {
        return running().client();
    }

    /** The running sandbox's base URI, {@code http://127.0.0.1:port}. */
    public URI baseUri() {
        return running().sandbox().baseUri();
    }

    /** The running sandbox's clock. */
    public SandboxClock clock() {
        return running().clock();
    }

    /** The running sandbox's exchanges. */
    public RecordedExchanges exchanges() {
        return running().exchanges();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // perClass registered in an instance field never sees beforeAll: it starts with the first test then.
        if (!perClass || find(context) == null) {
            start(perClass ? context.getParent().orElse(context) : context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = find(context);
        if (running == null) {
            // A per-test sandbox asked for by the test class's constructor, or a @BeforeAll method.
            throw new ParameterResolutionException("No sandbox runs for " + context.getDisplayName() + ": a per-test"
                    + " sandbox starts before each test, so take it as a parameter of the test or a @BeforeEach"
                    + " method, or use MewsSandboxExtension.perClass() in a static field");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == MewsConnectorClient.class) {
            return running.client();
        } else if (type == URI.class) {
            return running.sandbox().baseUri();
        } else if (type == SandboxClock.class) {
            return running.clock();
        } else if (type == RecordedExchanges.class) {
            return running.exchanges();
        }
        return running.sandbox();
    }

    /** One started sandbox and what tests get of it. */
    private record Running(
            Sandbox sandbox, MewsConnectorClient client, SandboxClock clock, RecordedExchanges exchanges) {}

    private void start(ExtensionContext context) {
        SandboxClock clock =
                new SandboxClock(start != null ? start : Instant.now().truncatedTo(ChronoUnit.SECONDS));
        RecordedExchanges exchanges = new RecordedExchanges();
        Sandbox.Builder builder = Sandbox.builder().clock(clock).exchangeObserver(exchanges);
        configuration.forEach(step -> step.accept(builder));
        Sandbox sandbox;
        try {
            sandbox = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox could not start: " + e.getMessage(), e);
        }
        TokenPair demo = DemoTokens.PAIRS.get(0);
        MewsConnectorClient client = clientConfiguration
                .apply(MewsConnectorClient.builder()
                        .environment(Environment.custom(sandbox.baseUri()))
                        .clientToken(demo.clientToken())
                        .accessToken(demo.accessToken())
                        .client("mews-sandbox-junit", "1.0.0")
                        .requestTimeout(Duration.ofSeconds(10))
                        .retryPolicy(RetryPolicy.none()))
                .build();
        Running running = new Running(sandbox, client, clock, exchanges);
        context.getStore(namespace()).put(Running.class, running);
        current = running;
    }

    private void stop(ExtensionContext context) {
        Running running = context.getStore(namespace()).remove(Running.class, Running.class);
        if (running != null) {
            running.sandbox().close();
            if (current != null && current.equals(running)) {
                current = null;
            }
        }
    }

    private @Nullable Running find(ExtensionContext context) {
        return context.getStore(namespace()).get(Running.class, Running.class);
    }

    /** This extension's own namespace: two registered extensions run two sandboxes. */
    private ExtensionContext.Namespace namespace() {
        return ExtensionContext.Namespace.create(MewsSandboxExtension.class, this);
    }

    private Running running() {
        Running running = current;
        if (running == null) {
            throw new IllegalStateException("No sandbox is running: the accessors work while a test runs");
        }
        return running;
    }
}
