package io.mewscontract.connector.server.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits' own checks; their effect on a real server is SandboxJarIT's (a JVM of its own). */
class JdkServerLimitsTest {

    @Test
    void timesAreWholeSecondsOfAtLeastOne() {
        assertThatThrownBy(() -> JdkServerLimits.DEFAULTS.withMaxRequestTime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRequestTime");
        assertThatThrownBy(() -> JdkServerLimits.DEFAULTS.withMaxResponseTime(Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxResponseTime");
        assertThatThrownBy(() -> JdkServerLimits.DEFAULTS.withIdleTimeout(Duration.ofSeconds(-3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idleTimeout");
        assertThat(JdkServerLimits.DEFAULTS
                        .withMaxRequestTime(Duration.ofSeconds(1))
                        .maxRequestTime())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void atLeastOneConnection() {
        assertThatThrownBy(() -> JdkServerLimits.DEFAULTS.withMaxConnections(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxConnections must be at least 1");
        assertThat(JdkServerLimits.DEFAULTS.withMaxConnections(1).maxConnections())
                .isEqualTo(1);
    }

    @Test
    void readsAndWritesTheJdksSystemProperties() {
        String[] names = {
            JdkRouterServer.MAX_REQUEST_TIME_PROPERTY,
            JdkRouterServer.MAX_RESPONSE_TIME_PROPERTY,
            JdkRouterServer.MAX_CONNECTIONS_PROPERTY,
            JdkServerLimits.IDLE_INTERVAL_PROPERTY
        };
        String[] saved = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            saved[i] = System.getProperty(names[i]);
        }
        try {
            JdkServerLimits limits =
                    new JdkServerLimits(Duration.ofSeconds(7), Duration.ofSeconds(8), 9, Duration.ofSeconds(10));
            limits.toSystemProperties();
            assertThat(System.getProperty(JdkRouterServer.MAX_REQUEST_TIME_PROPERTY))
                    .isEqualTo("7");
            assertThat(JdkServerLimits.fromSystemProperties()).isEqualTo(limits);
            System.setProperty(JdkRouterServer.MAX_CONNECTIONS_PROPERTY, "lots");
            assertThat(JdkServerLimits.fromSystemProperties().maxConnections())
                    .as("unreadable: the default")
                    .isEqualTo(JdkServerLimits.DEFAULTS.maxConnections());
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], saved[i]);
                }
            }
        }
    }
}
