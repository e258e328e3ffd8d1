package io.mewscontract.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.sandbox.testing.RawHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar as users run it: {@code java -jar sandbox/target/mews-sandbox.jar}, in its own process. */
class SandboxJarIT {
    private static final Path JAR = Path.of("target", "mews-sandbox.jar");

    @Test
    void theJarStartsPrintsItsAddressAndServesTheDocumentedData() throws Exception {
        assertThat(JAR).as("built by the package phase").exists();
        Process sandbox = start("--port", "0");
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(30, TimeUnit.SECONDS);
            assertThat(first).startsWith("Mews Connector API sandbox listening on http://127.0.0.1:");
            URI base = URI.create(first.substring(first.indexOf("http://")));

            HttpResponse<String> response = RawHttp.postValid(
                    base,
                    "/api/connector/v1/preauthorizations/getAllByCustomers",
                    RawHttp.body("\"CustomerIds\":[\"20725048-b6ec-40f0-9d0a-7e5273d8b861\"]"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains(
                            "\"Id\":\"2d93962f-067f-45a6-b7c4-bc4b9d899456\"",
                            "\"Id\":\"ad44411a-1efc-46b6-b903-ec5fa7842000\"");
        } finally {
            sandbox.destroy();
            assertThat(sandbox.waitFor(10, TimeUnit.SECONDS))
                    .as("stopped by SIGTERM")
                    .isTrue();
        }
    }

    @Test
    void stalledClientsAreDisconnectedAfterTheRequestTimeAndNeverBlockOthers() throws Exception {
        Process sandbox =
                start(List.of("-Dsun.net.httpserver.timerMillis=200"), "--port", "0", "--max-request-seconds", "2");
        List<Socket> stalled = new ArrayList<>();
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(30, TimeUnit.SECONDS);
            URI base = URI.create(first.substring(first.indexOf("http://")));
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(10_000);
                socket.getOutputStream()
                        .write(("POST /api/connector/v1/paymentRequests/getAll HTTP/1.1\r\nHost: x"
                                        + (i % 2 == 0 ? "" : "\r\nContent-Length: 100\r\n\r\n{"))
                                .getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }

            HttpResponse<String> meanwhile = RawHttp.postValid(
                    base,
                    "/api/connector/v1/preauthorizations/getAllByCustomers",
                    RawHttp.body("\"CustomerIds\":[\"20725048-b6ec-40f0-9d0a-7e5273d8b861\"]"));
            assertThat(meanwhile.statusCode()).isEqualTo(200);

            long started = System.nanoTime();
            for (Socket socket : stalled) {
                // The server closes each: end of stream (or a reset), well before the 10 s read timeout.
                try {
                    assertThat(socket.getInputStream().read()).isEqualTo(-1);
                } catch (java.net.SocketException reset) {
                    assertThat(reset.getMessage()).containsIgnoringCase("reset");
                }
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
            sandbox.destroy();
            assertThat(sandbox.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void connectionsOverTheLimitAreClosedAtOnceAndTheOthersServed() throws Exception {
        Process sandbox = start("--port", "0", "--max-connections", "3");
        List<Socket> open = new ArrayList<>();
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(30, TimeUnit.SECONDS);
            URI base = URI.create(first.substring(first.indexOf("http://")));
            for (int i = 0; i < 3; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.getOutputStream()
                        .write("POST /api/connector/v1/paymentRequests/getAll HTTP/1.1\r\nHost: x"
                                .getBytes(StandardCharsets.US_ASCII));
                open.add(socket);
            }
            Thread.sleep(300); // let the server accept the three

            try (Socket fourth = new Socket(base.getHost(), base.getPort())) {
                fourth.setSoTimeout(10_000);
                try {
                    assertThat(fourth.getInputStream().read())
                            .as("closed without an answer")
                            .isEqualTo(-1);
                } catch (java.net.SocketException reset) {
                    assertThat(reset.getMessage()).containsIgnoringCase("reset");
                }
            }
            for (Socket socket : open) {
                socket.close();
            }
            Thread.sleep(300); // let the server notice the three are gone

            HttpResponse<String> afterwards = RawHttp.postValid(
                    base,
                    "/api/connector/v1/preauthorizations/getAllByCustomers",
                    RawHttp.body("\"CustomerIds\":[\"20725048-b6ec-40f0-9d0a-7e5273d8b861\"]"));
            assertThat(afterwards.statusCode()).isEqualTo(200);
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
            sandbox.destroy();
            assertThat(sandbox.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void helpListsTheFlagsAndAWrongFlagExitsWith2() throws Exception {
        Process help = start("--help");
        String helpText = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(helpText).contains("--port PORT", "--seed-customers N", "--no-rate-limit", "--config FILE");

        Process wrong = start("--prot", "1");
        String error = new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrong.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong.exitValue()).isEqualTo(2);
        assertThat(error)
                .isEqualTo("mews-sandbox: Unknown flag '--prot'. Run with --help to see every flag."
                        + System.lineSeparator());
    }

    private static Process start(String... args) throws IOException {
        return start(List.of(), args);
    }

    private static Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
    }

    private static String readLine(BufferedReader reader) {
        try {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
