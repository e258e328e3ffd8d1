package io.mewscontract.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import io.mewscontract.sandbox.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Main main = new Main(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void startsPrintsItsAddressFirstAndServes() {
        Main.Launch launch = main.launch(new String[] {"--port", "0", "--seed-customers", "10", "--log-requests"});

        try (Sandbox sandbox = launch.sandbox()) {
            assertThat(sandbox).isNotNull();
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo("Mews Connector API sandbox listening on " + sandbox.baseUri());
            assertThat(sandbox.baseUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(lines)
                    .contains(
                            "  POST " + sandbox.baseUri() + "/api/connector/v1/paymentRequests/cancel",
                            "Request limit: 200 requests per AccessToken per 30 s");
            assertThat(lines).anyMatch(line -> line.startsWith("Data: 3 documented customers, 10 synthetic customers"));
            assertThat(lines).contains("Tokens: the 4 published demo pairs (listed by --help)");

            HttpResponse<String> response = RawHttp.postValid(
                    URI.create(sandbox.baseUri().toString()),
                    "/api/connector/v1/paymentRequests/getAll",
                    RawHttp.body("\"Limitation\":{\"Count\":1}"));
            assertThat(response.statusCode()).isEqualTo(200);
        }
        // The log line is printed once the response is on its way, so the client may read the response first.
        // Closing the sandbox waits for every request in flight, its filters included: the line is there now.
        assertThat(out.toString(StandardCharsets.UTF_8))
                .as("the request log")
                .containsPattern("POST /api/connector/v1/paymentRequests/getAll -> 200 in [0-9.]+ ms \\[Request-Id: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpExitsWithZeroAndAMistakeWithTwo() {
        assertThat(main.launch(new String[] {"--help"})).isEqualTo(new Main.Launch(null, 0));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Mews Connector API sandbox")
                .contains("--config FILE");

        assertThat(main.launch(new String[] {"--port", "x"})).isEqualTo(new Main.Launch(null, Main.USAGE_ERROR));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mews-sandbox: --port expects a whole number, not 'x'" + System.lineSeparator());
    }

    @Test
    void theBannerPointsToHelpAndHelpListsEveryDemoPair() {
        Main.Launch launch = main.launch(new String[] {"--port", "0", "--token", "own-client:own-access"});
        try (Sandbox sandbox = launch.sandbox()) {
            assertThat(out.toString(StandardCharsets.UTF_8).lines())
                    .contains("Tokens: the 4 published demo pairs (listed by --help) and 1 configured (never printed)");
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("own-client", "own-access");
        }
        out.reset();

        main.launch(new String[] {"--help"});

        String help = out.toString(StandardCharsets.UTF_8);
        for (TokenPair pair : DemoTokens.PAIRS) {
            assertThat(help).contains("  " + pair.clientToken() + "\n  " + pair.accessToken());
        }
        assertThat(help).contains("the first pair is the one the documents' examples use");
    }

    @Test
    void theServerLimitsFlagsAreChecked() {
        assertThat(main.launch(new String[] {"--max-request-seconds", "0"}))
                .isEqualTo(new Main.Launch(null, Main.USAGE_ERROR));
        assertThat(main.launch(new String[] {"--max-connections", "-5"}))
                .isEqualTo(new Main.Launch(null, Main.USAGE_ERROR));
        assertThat(main.launch(new String[] {"--idle-seconds", "soon"}))
                .isEqualTo(new Main.Launch(null, Main.USAGE_ERROR));
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "mews-sandbox: --max-request-seconds must be at least 1, is 0",
                        "mews-sandbox: --max-connections must be at least 1, is -5",
                        "mews-sandbox: --idle-seconds expects a whole number, not 'soon'");
    }

    @Test
    void aTakenPortIsReportedWithoutAStackTrace() throws Exception {
        try (Sandbox taken = Sandbox.builder().start()) {
            Main.Launch launch = main.launch(new String[] {"--port", String.valueOf(taken.port())});

            assertThat(launch).isEqualTo(new Main.Launch(null, Main.START_ERROR));
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .startsWith("mews-sandbox: cannot listen on 127.0.0.1:" + taken.port())
                    .contains("Choose another --port")
                    .doesNotContain("\tat ");
        }
    }
}
