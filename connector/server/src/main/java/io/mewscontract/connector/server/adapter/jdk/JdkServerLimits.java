package io.mewscontract.connector.server.adapter.jdk;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How long the JDK's HTTP server waits for slow clients and how many it admits. The JDK reads these as JVM-wide
 * system properties, once, when the first {@code HttpServer} of the JVM starts: {@link JdkRouterServer} therefore
 * applies them before its first server starts, and refuses to start a later one asking for different limits
 * (they could not take effect). A server some other code started first fixes them for the JVM unseen.
 *
 * @param maxRequestTime how long a request's headers and body may take to arrive; then the connection is closed
 *     ({@value JdkRouterServer#MAX_REQUEST_TIME_PROPERTY})
 * @param maxResponseTime how long the client may take to receive a response ({@value
 *     JdkRouterServer#MAX_RESPONSE_TIME_PROPERTY})
 * @param maxConnections open connections admitted; more are accepted and closed at once ({@value
 *     JdkRouterServer#MAX_CONNECTIONS_PROPERTY}); the default pool grows to as many threads
 * @param idleTimeout how long a keep-alive connection may sit idle before it is closed ({@value
 *     #IDLE_INTERVAL_PROPERTY})
 */
public record JdkServerLimits(
        Duration maxRequestTime, Duration maxResponseTime, int maxConnections, Duration idleTimeout) {

    /** The JDK server's idle time limit for keep-alive connections, in seconds. */
    public static final String IDLE_INTERVAL_PROPERTY = "sun.net.httpserver.idleInterval";

    /** 30 s for a request, 30 s for a response, 1,000 connections, 30 s idle (the JDK's own idle default). */
    public static final JdkServerLimits DEFAULTS =
            new JdkServerLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 1000, Duration.ofSeconds(30));

    /**
     * @throws IllegalArgumentException if a time is not a whole number of seconds from 1 s (the JDK counts in
     *     seconds, and 0 would switch its limit off) or the connection limit is below 1
     */
    public JdkServerLimits {
        requireSeconds(maxRequestTime, "maxRequestTime");
        requireSeconds(maxResponseTime, "maxResponseTime");
        requireSeconds(idleTimeout, "idleTimeout");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, is " + maxConnections);
        }
    }

    public JdkServerLimits withMaxRequestTime(Duration maxRequestTime) {
        return new JdkServerLimits(maxRequestTime, maxResponseTime, maxConnections, idleTimeout);
    }

    public JdkServerLimits withMaxResponseTime(Duration maxResponseTime) {
        return new JdkServerLimits(maxRequestTime, maxResponseTime, maxConnections, idleTimeout);
    }

    public JdkServerLimits withMaxConnections(int maxConnections) {
        return new JdkServerLimits(maxRequestTime, maxResponseTime, maxConnections, idleTimeout);
    }

    public JdkServerLimits withIdleTimeout(Duration idleTimeout) {
        return new JdkServerLimits(maxRequestTime, maxResponseTime, maxConnections, idleTimeout);
    }

    /**
     * The limits the system properties say now ({@code -Dsun.net.httpserver.maxReqTime=5} and the like), each
     * unset or unreadable one at its default.
     */
    public static JdkServerLimits fromSystemProperties() {
        return new JdkServerLimits(
                seconds(JdkRouterServer.MAX_REQUEST_TIME_PROPERTY, DEFAULTS.maxRequestTime),
                seconds(JdkRouterServer.MAX_RESPONSE_TIME_PROPERTY, DEFAULTS.maxResponseTime),
                positive(JdkRouterServer.MAX_CONNECTIONS_PROPERTY, DEFAULTS.maxConnections),
                seconds(IDLE_INTERVAL_PROPERTY, DEFAULTS.idleTimeout));
    }

    /** Sets the system properties the JDK server reads. */
    void toSystemProperties() {
        System.setProperty(JdkRouterServer.MAX_REQUEST_TIME_PROPERTY, Long.toString(maxRequestTime.toSeconds()));
        System.setProperty(JdkRouterServer.MAX_RESPONSE_TIME_PROPERTY, Long.toString(maxResponseTime.toSeconds()));
        System.setProperty(JdkRouterServer.MAX_CONNECTIONS_PROPERTY, Integer.toString(maxConnections));
        System.setProperty(IDLE_INTERVAL_PROPERTY, Long.toString(idleTimeout.toSeconds()));
    }

    private static Duration seconds(String property, Duration fallback) {
        int value = positive(property, -1);
        return value > 0 ? Duration.ofSeconds(value) : fallback;
    }

    private static int positive(String property, int fallback) {
        @Nullable String text = System.getProperty(property);
        try {
            int value = text == null ? -1 : Integer.parseInt(text.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    private static void requireSeconds(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.compareTo(Duration.ofSeconds(1)) < 0
                || !duration.equals(Duration.ofSeconds(duration.toSeconds()))) {
            throw new IllegalArgumentException(name + " must be a whole number of seconds, at least 1, is " + duration);
        }
    }
}
