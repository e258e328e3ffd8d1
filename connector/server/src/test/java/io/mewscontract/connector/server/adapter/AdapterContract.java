package io.mewscontract.connector.server.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.server.errors.BusinessRuleException;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.connector.server.testapi.Bodies;
import io.mewscontract.connector.server.testapi.RouterLog;
import io.mewscontract.connector.server.testapi.ScriptedItems;
import io.mewscontract.connector.server.testapi.TestApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every adapter must do on the wire, checked with real HTTP over loopback: the router's answers arrive
 * unchanged (status, headers, body), a 204 has no body and no Content-Type, and the path the router sees is the
 * raw path with its query. Each adapter's test extends this and serves {@link #router} at {@link #baseUri()}.
 */
public abstract class AdapterContract {

    /** Small, so over-limit bodies fit in loopback socket buffers and the 413 arrives before the upload ends. */
    protected static final int MAX_BODY_BYTES = 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    protected final ScriptedItems items = new ScriptedItems();
    protected final Router router =
            Router.builder(TestApi.table(items)).maxBodyBytes(MAX_BODY_BYTES).build();
    private final RouterLog log = new RouterLog();

    @BeforeEach
    void captureLog() {
        log.attach();
    }

    @AfterEach
    void releaseLog() {
        log.detach();
    }

    /** Where the operation paths start, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    protected abstract URI baseUri();

    @Test
    void aValidRequestIsAnsweredWith200JsonAndARequestId() throws Exception {
        items.add = (request, context) -> new TestApi.AddResult(List.of(new TestApi.Item(
                UUID.fromString("0e7a8fd4-4d0f-4a2c-b3c5-afa900d0f1ba"),
                request.items().get(0).amount(),
                TestApi.State.PENDING)));

        HttpResponse<String> response =
                send(post(TestApi.ADD_PATH, Bodies.addOne()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type ->
                        assertThat(type.replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8"));
        assertThat(JSON.readTree(response.body()).at("/Items/0/Amount/Value").decimalValue())
                .isEqualTo(new BigDecimal("18.49"));
        String requestId = response.headers().firstValue("Request-Id").orElseThrow();
        assertThat(items.contexts)
                .singleElement()
                .satisfies(context -> assertThat(context.requestId()).isEqualTo(requestId));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/connector/v1/items/GETALL",
                "/api/connector/v1/items/getAll/",
                "/api/connector/v1/items/getAll?Count=1",
                "/api/connector/v1/items/get%41ll",
                "/api/connector/v1"
            })
    void addressesThatAreNotExactlyAnOperationAre404WithTheErrorBody(String path) throws Exception {
        HttpResponse<String> response = send(post(path, Bodies.getAll(1)).build());
        assertErrorShape(response, 404);
        assertThat(items.requests).isEmpty();
    }

    @Test
    void getIs405WithAllowPost() throws Exception {
        HttpResponse<String> response = send(request(TestApi.GET_ALL_PATH).GET().build());
        assertErrorShape(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void headIs405WithoutABody() throws Exception {
        HttpResponse<String> response = send(request(TestApi.GET_ALL_PATH)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Request-Id")).isPresent();
        assertThat(response.body()).isEmpty();
    }

    @Test
    void invalidJsonIs400() throws Exception {
        HttpResponse<String> response =
                send(post(TestApi.GET_ALL_PATH, "{\"ClientToken\":\"c\",}").build());
        assertErrorShape(response, 400);
        assertThat(JSON.readTree(response.body()).get("Message").asText()).isEqualTo("Invalid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1"})
    void aBodyThatIsNotJsonInUtf8Is415WithTheErrorBody(String contentType) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUri() + TestApi.GET_ALL_PATH))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.getAll(1)))
                .build());
        assertErrorShape(response, 415);
        assertThat(JSON.readTree(response.body()).get("Message").asText()).startsWith("Unsupported media type");
    }

    @Test
    void aBusinessRuleIs403WithItsMessage() throws Exception {
        items.add = (request, context) -> {
            throw new BusinessRuleException("The account is closed.");
        };
        HttpResponse<String> response =
                send(post(TestApi.ADD_PATH, Bodies.addOne()).build());
        assertErrorShape(response, 403);
        assertThat(JSON.readTree(response.body()).get("Message").asText()).isEqualTo("The account is closed.");
    }

    @Test
    void anEmptyPageWithPreferMinimalIs204WithNoBodyAndNoContentType() throws Exception {
        HttpResponse<String> response = send(post(TestApi.GET_ALL_PATH, Bodies.getAll(10))
                .header("Prefer", "return=minimal")
                .build());
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        assertThat(response.headers().firstValue("Content-Length").orElse("0")).isEqualTo("0");
        assertThat(response.headers().firstValue("Request-Id")).isPresent();
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413() throws Exception {
        String body = Bodies.getAll(1) + " ".repeat(4 * MAX_BODY_BYTES);
        HttpResponse<String> response = send(post(TestApi.GET_ALL_PATH, body).build());
        assertErrorShape(response, 413);
        assertThat(items.requests).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] body = (Bodies.getAll(1) + " ".repeat(4 * MAX_BODY_BYTES)).getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length, so the client sends it chunked, without Content-Length.
        HttpResponse<String> response = send(request(TestApi.GET_ALL_PATH)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());
        assertErrorShape(response, 413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        byte[] body = Bodies.getAll(3).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request(TestApi.GET_ALL_PATH)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(((TestApi.GetAllRequest) items.requests.get(0)).limitation().count())
                .isEqualTo(3);
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsText() throws Exception {
        items.add = (request, context) -> {
            throw new IllegalStateException("secret internals");
        };
        HttpResponse<String> response =
                send(post(TestApi.ADD_PATH, Bodies.addOne()).build());
        assertErrorShape(response, 500);
        assertThat(response.body()).doesNotContain("secret internals", "IllegalStateException");
        assertThat(log.records)
                .singleElement()
                .satisfies(record -> assertThat(record.getMessage())
                        .contains(response.headers().firstValue("Request-Id").orElseThrow()));
    }

    @Test
    void everyResponseHasItsOwnRequestId() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            ids.add(send(post(TestApi.GET_ALL_PATH, Bodies.getAll(1)).build())
                    .headers()
                    .firstValue("Request-Id")
                    .orElseThrow());
            ids.add(send(request("/nowhere").GET().build())
                    .headers()
                    .firstValue("Request-Id")
                    .orElseThrow());
        }
        assertThat(ids).hasSize(6);
    }

    // ---- helpers

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUri() + path)).timeout(Duration.ofSeconds(10));
    }

    protected HttpRequest.Builder post(String path, String body) {
        return request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    protected static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The status, and the error body {@code {Message, RequestId, Details}} whose RequestId is the header's. */
    protected static void assertErrorShape(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        String requestId = response.headers().firstValue("Request-Id").orElseThrow();
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.size()).isEqualTo(3);
        assertThat(body.get("Message").asText()).isNotBlank();
        assertThat(body.get("RequestId").asText()).isEqualTo(requestId);
        assertThat(body.get("Details").isNull()).isTrue();
    }
}
