package io.mewscontract.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.sandbox.auth.TokenPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final String SECRET = "0123456789ABCDEF0123456789ABCDEF-SECRET";

    @TempDir
    Path directory;

    @Test
    void helpListsEveryFlagTheReadmeDocuments() throws UsageException {
        assertThat(CommandLine.parse(new String[] {"--port", "1", "--help"}))
                .isInstanceOf(CommandLine.Request.Help.class);

        assertThat(CommandLine.help())
                .contains(
                        "--port PORT",
                        "--bind ADDRESS",
                        "--token CLIENT:ACCESS",
                        "--portfolio-token CLIENT:ACCESS:ENTERPRISE[,ENTERPRISE...]",
                        "--no-demo-tokens",
                        "--rate-limit N",
                        "--rate-window SECONDS",
                        "--no-rate-limit",
                        "--seed-customers N",
                        "--seed SEED",
                        "--max-body-bytes BYTES",
                        "--max-request-seconds SECONDS",
                        "--max-response-seconds SECONDS",
                        "--max-connections N",
                        "--idle-seconds SECONDS",
                        "--log-requests",
                        "--config FILE",
                        "--help");
    }

    @Test
    void defaultsAreMewsLikeAndLoopbackOnly() throws UsageException {
        Settings settings = serve();

        assertThat(settings.port).isEqualTo(8080);
        assertThat(settings.bind).isEqualTo("127.0.0.1");
        assertThat(settings.demoTokens).isTrue();
        assertThat(settings.rateLimited).isTrue();
        assertThat(settings.rateLimitRequests).isEqualTo(200);
        assertThat(settings.rateWindowSeconds).isEqualTo(30);
        assertThat(settings.seedCustomers).isZero();
        assertThat(settings.serverLimits())
                .isEqualTo(io.mewscontract.connector.server.adapter.jdk.JdkServerLimits.DEFAULTS);
    }

    @Test
    void theServerLimitsComeFromFlagsOverTheConfigFile() throws IOException, UsageException {
        Path config = write("""
                { "maxRequestSeconds": 4, "maxResponseSeconds": 5, "maxConnections": 6, "idleSeconds": 7 }
                """);

        Settings fromFile = serve("--config", config.toString());
        Settings overridden = serve("--config", config.toString(), "--max-connections", "60", "--idle-seconds=70");

        assertThat(fromFile.serverLimits())
                .isEqualTo(new io.mewscontract.connector.server.adapter.jdk.JdkServerLimits(
                        java.time.Duration.ofSeconds(4),
                        java.time.Duration.ofSeconds(5),
                        6,
                        java.time.Duration.ofSeconds(7)));
        assertThat(overridden.serverLimits().maxConnections()).isEqualTo(60);
        assertThat(overridden.serverLimits().idleTimeout()).isEqualTo(java.time.Duration.ofSeconds(70));
        assertThat(overridden.serverLimits().maxRequestTime()).isEqualTo(java.time.Duration.ofSeconds(4));
        assertThat(error("--max-response-seconds", "0")).isEqualTo("--max-response-seconds must be at least 1, is 0");
    }

    @Test
    void flagsTakeTheirValueAfterASpaceOrAnEqualsSign() throws UsageException {
        UUID hotelA = UUID.randomUUID();
        UUID hotelB = UUID.randomUUID();
        Settings settings = serve(
                "--port=9000",
                "--bind",
                "0.0.0.0",
                "--token",
                "client-a:access-a",
                "--portfolio-token",
                "client-p:access-p:" + hotelA + "," + hotelB,
                "--no-demo-tokens",
                "--rate-limit",
                "5",
                "--rate-window=2",
                "--seed-customers",
                "100",
                "--seed",
                "-3",
                "--max-body-bytes",
                "4096",
                "--log-requests");

        assertThat(settings.port).isEqualTo(9000);
        assertThat(settings.bind).isEqualTo("0.0.0.0");
        assertThat(settings.tokens).containsExactly(new TokenPair("client-a", "access-a"));
        assertThat(settings.portfolioTokens)
                .containsExactly(
                        new Settings.PortfolioToken(new TokenPair("client-p", "access-p"), List.of(hotelA, hotelB)));
        assertThat(settings.demoTokens).isFalse();
        assertThat(settings.rateLimitRequests).isEqualTo(5);
        assertThat(settings.rateWindowSeconds).isEqualTo(2);
        assertThat(settings.seedCustomers).isEqualTo(100);
        assertThat(settings.randomSeed).isEqualTo(-3);
        assertThat(settings.maxBodyBytes).isEqualTo(4096);
        assertThat(settings.logRequests).isTrue();
    }

    @Test
    void theConfigFileIsReadFirstAndFlagsOverrideIt() throws IOException, UsageException {
        UUID hotel = UUID.randomUUID();
        Path config = write("""
                {
                  "port": 9100,
                  "demoTokens": false,
                  "tokens": [ { "clientToken": "file-client", "accessToken": "file-access" } ],
                  "portfolioTokens": [
                    { "clientToken": "p-client", "accessToken": "p-access", "enterpriseIds": [ "%s" ] }
                  ],
                  "rateLimit": { "enabled": false, "requests": 10, "windowSeconds": 5 },
                  "seedCustomers": 50,
                  "randomSeed": 9,
                  "maxBodyBytes": 2048,
                  "logRequests": true
                }
                """.formatted(hotel));

        Settings settings =
                serve("--port", "9200", "--config", config.toString(), "--token", "flag-client:flag-access");

        assertThat(settings.port).as("the flag wins").isEqualTo(9200);
        assertThat(settings.demoTokens).isFalse();
        assertThat(settings.tokens)
                .containsExactly(
                        new TokenPair("file-client", "file-access"), new TokenPair("flag-client", "flag-access"));
        assertThat(settings.portfolioTokens)
                .singleElement()
                .extracting(Settings.PortfolioToken::enterpriseIds)
                .isEqualTo(List.of(hotel));
        assertThat(settings.rateLimited).isFalse();
        assertThat(settings.rateLimitRequests).isEqualTo(10);
        assertThat(settings.rateWindowSeconds).isEqualTo(5);
        assertThat(settings.seedCustomers).isEqualTo(50);
        assertThat(settings.randomSeed).isEqualTo(9);
        assertThat(settings.maxBodyBytes).isEqualTo(2048);
        assertThat(settings.logRequests).isTrue();
    }

    @Test
    void mistakesAreNamedAndHowToFixThemSaid() throws IOException {
        assertThat(error("--prot", "8080")).isEqualTo("Unknown flag '--prot'. Run with --help to see every flag.");
        assertThat(error("--port")).isEqualTo("--port needs a value: --port PORT");
        assertThat(error("--port", "eighty")).isEqualTo("--port expects a whole number, not 'eighty'");
        assertThat(error("--port", "70000")).isEqualTo("--port must be from 0 to 65535, is 70000");
        assertThat(error("--no-rate-limit=yes")).isEqualTo("--no-rate-limit takes no value");
        assertThat(error("--no-demo-tokens")).startsWith("--no-demo-tokens leaves no token to accept");
        assertThat(error("--rate-window", "0")).isEqualTo("--rate-window must be at least 1 second, is 0");
        assertThat(error("--portfolio-token", "c:a:not-an-id"))
                .startsWith("--portfolio-token: 'not-an-id' is not an" + " enterprise id");
        assertThat(error("--token", "a:b", "--token", "a:b")).startsWith("The same token pair is given twice");
        assertThat(error("--bind", "no-such-host.invalid")).contains("is not an address of this machine");
        assertThat(error("--config", directory.resolve("missing.json").toString()))
                .endsWith("does not exist");
        assertThat(error("--config", write("{ \"prot\": 1 }").toString())).contains("unknown key 'prot'", "port");
        assertThat(error(
                        "--config",
                        write("{ \"rateLimit\": { \"requests\": \"many\" } }").toString()))
                .contains("invalid value for 'rateLimit.requests'");
        assertThat(error("--config", write("{ \"port\": 1, }").toString())).contains("is not valid JSON (line 1");
    }

    @Test
    void noMessageRepeatsAToken() throws IOException {
        assertThat(error(SECRET))
                .isEqualTo("Unexpected argument at position 1 (not a flag). Run with --help to see" + " every flag.");
        assertThat(error("--token", SECRET)).doesNotContain(SECRET);
        assertThat(error("--token", " " + SECRET + ":" + SECRET)).doesNotContain(SECRET);
        assertThat(error(
                        "--config",
                        write("{ \"tokens\": [ { \"clientToken\": \"" + SECRET + "\", \"accessToken\":" + " [\""
                                        + SECRET + "\"] } ] }")
                                .toString()))
                .doesNotContain(SECRET)
                .contains("'tokens[0].accessToken'");
    }

    private static Settings serve(String... args) throws UsageException {
        CommandLine.Request request = CommandLine.parse(args);
        assertThat(request).isInstanceOf(CommandLine.Request.Serve.class);
        return ((CommandLine.Request.Serve) request).settings();
    }

    private static String error(String... args) {
        UsageException error = catchThrowableOfType(UsageException.class, () -> CommandLine.parse(args));
        assertThat(error).as("a usage error for %s", List.of(args)).isNotNull();
        return error.getMessage();
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(directory, "config", ".json");
        Files.writeString(file, json);
        return file;
    }
}
