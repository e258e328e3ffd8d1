package io.mewscontract.sandbox.cli;

import io.mewscontract.connector.server.adapter.jdk.JdkServerLimits;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.TokenPair;
import io.mewscontract.sandbox.limit.RateLimit;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the command line can set, starting at the defaults; a config file is applied first, then the flags,
 * so a flag overrides the file.
 */
final class Settings {
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_BIND = "127.0.0.1";

    int port = DEFAULT_PORT;
    String bind = DEFAULT_BIND;
    boolean demoTokens = true;
    final List<TokenPair> tokens = new ArrayList<>();
    final List<PortfolioToken> portfolioTokens = new ArrayList<>();
    boolean rateLimited = true;
    int rateLimitRequests = RateLimit.MEWS.requests();
    long rateWindowSeconds = RateLimit.MEWS.window().toSeconds();
    int seedCustomers;
    long randomSeed = 1;
    int maxBodyBytes = io.mewscontract.connector.server.router.Router.DEFAULT_MAX_BODY_BYTES;
    // The JDK server's own -D properties still work; flags and the config file override them.
    long maxRequestSeconds =
            JdkServerLimits.fromSystemProperties().maxRequestTime().toSeconds();
    long maxResponseSeconds =
            JdkServerLimits.fromSystemProperties().maxResponseTime().toSeconds();
    int maxConnections = JdkServerLimits.fromSystemProperties().maxConnections();
    long idleSeconds = JdkServerLimits.fromSystemProperties().idleTimeout().toSeconds();
    boolean logRequests;

    @Nullable
    Path configFile;

    /** A portfolio token and the enterprises it covers. */
    record PortfolioToken(TokenPair pair, List<UUID> enterpriseIds) {
        PortfolioToken {
            enterpriseIds = List.copyOf(enterpriseIds);
        }
    }

    /**
     * The sandbox these settings describe, not started yet.
     *
     * @param requestLog where {@code --log-requests} prints
     */
    Sandbox.Builder toBuilder(java.io.PrintStream requestLog) throws UsageException {
        Sandbox.Builder builder = Sandbox.builder()
                .bindAddress(bindAddress())
                .port(port)
                .demoTokens(demoTokens)
                .seedCustomers(seedCustomers)
                .randomSeed(randomSeed)
                .maxBodyBytes(maxBodyBytes)
                .serverLimits(serverLimits());
        tokens.forEach(pair -> builder.token(pair.clientToken(), pair.accessToken()));
        portfolioTokens.forEach(token ->
                builder.portfolioToken(token.pair().clientToken(), token.pair().accessToken(), token.enterpriseIds()));
        if (rateLimited) {
            builder.rateLimit(new RateLimit(rateLimitRequests, Duration.ofSeconds(rateWindowSeconds)));
        } else {
            builder.noRateLimit();
        }
        if (logRequests) {
            builder.requestLog(requestLog);
        }
        return builder;
    }

    /** Checks what the flags and the file could not check one at a time. */
    void check() throws UsageException {
        if (!demoTokens && tokens.isEmpty() && portfolioTokens.isEmpty()) {
            throw new UsageException("--no-demo-tokens leaves no token to accept: add one with --token or"
                    + " --portfolio-token, or in the config file");
        }
        if (rateLimitRequests < 1) {
            throw new UsageException("--rate-limit must be at least 1, is " + rateLimitRequests);
        }
        if (rateWindowSeconds < 1) {
            throw new UsageException("--rate-window must be at least 1 second, is " + rateWindowSeconds);
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be from 0 to 65535, is " + port);
        }
        if (seedCustomers < 0) {
            throw new UsageException("--seed-customers must not be negative, is " + seedCustomers);
        }
        if (maxBodyBytes < 0 || maxBodyBytes == Integer.MAX_VALUE) {
            throw new UsageException(
                    "--max-body-bytes must be from 0 to " + (Integer.MAX_VALUE - 1) + ", is " + maxBodyBytes);
        }
        requireAtLeastOne(maxRequestSeconds, Flag.MAX_REQUEST_SECONDS);
        requireAtLeastOne(maxResponseSeconds, Flag.MAX_RESPONSE_SECONDS);
        requireAtLeastOne(maxConnections, Flag.MAX_CONNECTIONS);
        requireAtLeastOne(idleSeconds, Flag.IDLE_SECONDS);
        long distinctPairs = java.util.stream.Stream.concat(
                        tokens.stream(), portfolioTokens.stream().map(PortfolioToken::pair))
                .distinct()
                .count();
        if (distinctPairs != tokens.size() + portfolioTokens.size()) {
            throw new UsageException(
                    "The same token pair is given twice (--token, --portfolio-token or the config" + " file)");
        }
        bindAddress();
    }

    JdkServerLimits serverLimits() {
        return new JdkServerLimits(
                Duration.ofSeconds(maxRequestSeconds),
                Duration.ofSeconds(maxResponseSeconds),
                maxConnections,
                Duration.ofSeconds(idleSeconds));
    }

    private static void requireAtLeastOne(long value, Flag flag) throws UsageException {
        if (value < 1) {
            throw new UsageException(flag.name + " must be at least 1, is " + value);
        }
    }

    private InetAddress bindAddress() throws UsageException {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException("--bind " + bind + " is not an address of this machine");
        }
    }
}
