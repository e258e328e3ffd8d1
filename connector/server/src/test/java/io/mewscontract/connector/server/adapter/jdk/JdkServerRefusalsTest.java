package io.mewscontract.connector.server.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.connector.server.testapi.Bodies;
import io.mewscontract.connector.server.testapi.ScriptedItems;
import io.mewscontract.connector.server.testapi.TestApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests over raw sockets. Every request the JDK server hands to the router is refused in the Mews
 * error shape with a {@code Request-Id}; the ones the JDK refuses itself, before any handler or filter runs, get
 * its own answer, pinned here as docs/sandbox.md describes it (if a JDK changes it, this test says so).
 */
class JdkServerRefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = TestApi.GET_ALL_PATH;

    private JdkRouterServer server;

    @BeforeEach
    void start() throws IOException {
        server = JdkRouterServer.start(
                Router.builder(TestApi.table(new ScriptedItems()))
                        .maxBodyBytes(1024)
                        .build(),
                0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** What the router answers: the request reached it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a wrong Content-Type                | 415 | POST PATH HTTP/1.1\\r\\nContent-Type: text/xml\\r\\nContent-Length: BODYLEN\\r\\n\\r\\nBODY
            a charset other than UTF-8          | 415 | POST PATH HTTP/1.1\\r\\nContent-Type: application/json; charset=utf-16\\r\\nContent-Length: BODYLEN\\r\\n\\r\\nBODY
            PUT                                 | 405 | PUT PATH HTTP/1.1\\r\\nContent-Length: BODYLEN\\r\\n\\r\\nBODY
            DELETE without a body               | 405 | DELETE PATH HTTP/1.1\\r\\n\\r\\n
            an unknown path with a query        | 404 | POST PATH?x=1 HTTP/1.1\\r\\nContent-Length: BODYLEN\\r\\n\\r\\nBODY
            an absolute URI of another host     | 404 | POST http://evil.example/x HTTP/1.1\\r\\nContent-Length: 2\\r\\n\\r\\n{}
            a declared length over the limit    | 413 | POST PATH HTTP/1.1\\r\\nContent-Type: application/json\\r\\nContent-Length: 999999\\r\\n\\r\\n{
            a malformed chunked body            | 400 | POST PATH HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\n{}\\r\\n0\\r\\n\\r\\n
            HTTP/1.0                            | 200 | POST PATH HTTP/1.0\\r\\nContent-Length: BODYLEN\\r\\n\\r\\nBODY
            """)
    void everyRefusalTheRouterMakesHasTheErrorShapeAndARequestId(String what, int status, String request)
            throws IOException {
        Reply reply = exchange(request);

        assertThat(reply).as(what).isNotNull();
        assertThat(reply.status).as(what).isEqualTo(status);
        String requestId = reply.headers.get("request-id");
        assertThat(requestId).as(what + ": Request-Id").isNotBlank();
        if (status != 200) {
            JsonNode body = JSON.readTree(reply.body);
            assertThat(body.get("RequestId").asText()).isEqualTo(requestId);
            assertThat(body.get("Message").asText()).isNotBlank();
        }
    }

    /**
     * What the JDK server answers itself, before any filter or handler (sun.net.httpserver.ServerImpl): a short
     * HTML page without Request-Id, then it closes the connection. Nothing of this server's can run there.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a request line without spaces      | 400 | GARBAGE\\r\\n\\r\\n
            a URI that is not a URI            | 400 | POST /a{b} HTTP/1.1\\r\\n\\r\\n
            a header name with a space         | 400 | POST PATH HTTP/1.1\\r\\nBad Header: x\\r\\n\\r\\n
            a Content-Length that is no number | 400 | POST PATH HTTP/1.1\\r\\nContent-Length: ten\\r\\n\\r\\n
            Content-Length with chunked        | 400 | POST PATH HTTP/1.1\\r\\nContent-Length: 2\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n{}
            a negative Content-Length          | 400 | POST PATH HTTP/1.1\\r\\nContent-Length: -1\\r\\n\\r\\n
            an unsupported Transfer-Encoding   | 501 | POST PATH HTTP/1.1\\r\\nTransfer-Encoding: gzip\\r\\n\\r\\n
            """)
    void whatTheJdkRefusesItselfGetsItsHtmlPage(String what, int status, String request) throws IOException {
        Reply reply = exchange(request);

        assertThat(reply).as(what).isNotNull();
        assertThat(reply.status).as(what).isEqualTo(status);
        assertThat(reply.headers).as(what).doesNotContainKey("request-id");
        assertThat(reply.headers.get("content-type")).as(what).isEqualTo("text/html");
    }

    /** Headers over the JDK's limits (200 headers; 384 KiB of header text) end the connection without an answer. */
    @ParameterizedTest(name = "{0} headers")
    @ValueSource(ints = {250, 100})
    void headersOverTheJdksLimitsCloseTheConnectionUnanswered(int headers) throws IOException {
        StringBuilder request = new StringBuilder("POST " + PATH + " HTTP/1.1\r\n");
        // 250 short headers are over the count; 100 of 5,000 characters are under it but over the size.
        String filler = headers < 200 ? "x".repeat(5000) : "x";
        for (int i = 0; i < headers; i++) {
            request.append("X-Filler-").append(i).append(": ").append(filler).append("\r\n");
        }
        request.append("\r\n");

        assertThat(exchangeRaw(request.toString())).isNull();
    }

    private record Reply(int status, Map<String, String> headers, String body) {}

    private @Nullable Reply exchange(String template) throws IOException {
        String body = Bodies.getAll(1);
        String request = template.replace("\\r\\n", "\r\n")
                .replace("PATH", PATH)
                .replace("BODYLEN", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length))
                .replace("BODY", body);
        return exchangeRaw(request);
    }

    /** Sends the bytes, reads the first response; {@code null} when the server closed without answering. */
    private @Nullable Reply exchangeRaw(String request) throws IOException {
        try (Socket socket = new Socket(server.address().getAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            } catch (SocketException closedWhileWriting) {
                // The server stopped reading (and closed) while the oversized request was still being sent.
            }
            return read(socket.getInputStream());
        }
    }

    private static @Nullable Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
            }
        } catch (SocketException reset) {
            return null;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }
}
