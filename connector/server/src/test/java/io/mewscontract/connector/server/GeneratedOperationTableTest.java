package io.mewscontract.connector.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestAddResult;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestCancelResult;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PreauthorizationResult;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.connector.operation.ConnectorOperations;
import io.mewscontract.connector.operation.PaymentRequestsOperations;
import io.mewscontract.connector.operation.PreauthorizationsOperations;
import io.mewscontract.connector.server.adapter.jdk.JdkRouterServer;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.runtime.ServerOperation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The router serving the operation table generated from the real spec, over the JDK adapter and real HTTP: the
 * requests the Connector API's own documents show are accepted and reach the implementation typed, and bad ones
 * are answered the way the API answers them, naming fields by their wire paths.
 */
class GeneratedOperationTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<Object> RECEIVED = new CopyOnWriteArrayList<>();
    private static JdkRouterServer server;

    /** Answers every operation with its empty result (what a 204 stands for), recording each request. */
    private static final class EmptyPreauthorizations implements PreauthorizationsService {
        @Override
        public PreauthorizationResult getAllByCustomers(
                PreauthorizationsByCustomersParameters request, RequestContext context) {
            RECEIVED.add(request);
            return PreauthorizationsOperations.GET_ALL_BY_CUSTOMERS.noContentResult();
        }
    }

    private static final class EmptyPaymentRequests implements PaymentRequestsService {
        @Override
        public PaymentRequestPage getAll(PaymentRequestFilterParameters request, RequestContext context) {
            RECEIVED.add(request);
            return PaymentRequestsOperations.GET_ALL.noContentResult();
        }

        @Override
        public PaymentRequestAddResult add(PaymentRequestAddParameters request, RequestContext context) {
            RECEIVED.add(request);
            return PaymentRequestsOperations.ADD.noContentResult();
        }

        @Override
        public PaymentRequestCancelResult cancel(PaymentRequestCancelParameters request, RequestContext context) {
            RECEIVED.add(request);
            return PaymentRequestsOperations.CANCEL.noContentResult();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        Map<String, ServerOperation<?, ?>> table = OperationTable.builder()
                .preauthorizations(new EmptyPreauthorizations())
                .paymentRequests(new EmptyPaymentRequests())
                .build();
        server = JdkRouterServer.start(Router.of(table), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forget() {
        RECEIVED.clear();
    }

    @Test
    void theTableServesEveryOperationOfTheSpec() {
        assertThat(OperationTable.builder()
                        .preauthorizations(new EmptyPreauthorizations())
                        .paymentRequests(new EmptyPaymentRequests())
                        .build()
                        .keySet())
                .containsExactly(
                        "/api/connector/v1/preauthorizations/getAllByCustomers",
                        "/api/connector/v1/paymentRequests/getAll",
                        "/api/connector/v1/paymentRequests/add",
                        "/api/connector/v1/paymentRequests/cancel");
    }

    @Test
    void everyRequestExampleOfTheDocumentsIsAcceptedAndEveryBrokenOneIsInvalidJson() throws Exception {
        List<String> problems = new ArrayList<>();
        int accepted = 0;
        Set<String> pathsShown = new TreeSet<>();
        for (SourceDocument document : documents()) {
            for (String path : document.operationPaths()) {
                DocumentedOperation operation = document.operation(path).orElseThrow();
                for (JsonExample example : operation.requestExamples()) {
                    HttpResponse<String> response = post(path, example.text(), Map.of());
                    String where = document.fileName() + " line " + example.line() + " (" + path + ")";
                    if (example.isValid() && response.statusCode() != 200) {
                        problems.add(where + ": " + response.statusCode() + " " + response.body());
                    } else if (!example.isValid() && !message(response).equals("Invalid JSON")) {
                        problems.add(where + ": broken JSON answered " + response.statusCode() + " " + response.body());
                    } else if (example.isValid()) {
                        accepted++;
                        pathsShown.add(path);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        // The documents between them show a valid request for every operation, and each reached the implementation.
        assertThat(pathsShown)
                .containsExactlyInAnyOrderElementsOf(
                        ConnectorOperations.ALL.stream().map(d -> d.path()).toList());
        assertThat(RECEIVED).hasSize(accepted);
    }

    @Test
    void aDocumentedGetAllReachesTheImplementationTypedAndAnEmptyPageIs204WhenPreferred() throws Exception {
        ObjectNode body = documentedRequest("/api/connector/v1/paymentRequests/getAll");

        HttpResponse<String> full = post("/api/connector/v1/paymentRequests/getAll", body.toString(), Map.of());
        HttpResponse<String> minimal =
                post("/api/connector/v1/paymentRequests/getAll", body.toString(), Map.of("Prefer", "return=minimal"));

        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(full.body())).isEqualTo(JSON.readTree("{\"PaymentRequests\":[],\"Cursor\":null}"));
        assertThat(minimal.statusCode()).isEqualTo(204);
        assertThat(minimal.headers().firstValue("Content-Type")).isEmpty();
        assertThat(minimal.body()).isEmpty();
        PaymentRequestFilterParameters received = (PaymentRequestFilterParameters) RECEIVED.get(0);
        assertThat(received.limitation().count())
                .isEqualTo(body.at("/Limitation/Count").asInt());
    }

    @Test
    void aWrongTypeIsNamedByItsWirePath() throws Exception {
        ObjectNode body = documentedRequest("/api/connector/v1/paymentRequests/add");
        ((ObjectNode) body.at("/PaymentRequests/0/Amount")).put("Value", "ten");
        HttpResponse<String> response = post("/api/connector/v1/paymentRequests/add", body.toString(), Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response))
                .isEqualTo("Invalid value for 'PaymentRequests[0].Amount.Value': expected a number");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void aMissingRequiredPropertyIsNamed() throws Exception {
        ObjectNode body = documentedRequest("/api/connector/v1/paymentRequests/getAll");
        body.remove("Limitation");
        HttpResponse<String> response = post("/api/connector/v1/paymentRequests/getAll", body.toString(), Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("Missing required property 'Limitation'");
    }

    @Test
    void theGeneratedValidatorsRunInServerModeAndEveryViolationIsListed() throws Exception {
        ObjectNode body = documentedRequest("/api/connector/v1/paymentRequests/getAll");
        body.putArray("States").add("Pending").add("Teleported");
        ((ObjectNode) body.get("Limitation")).put("Count", 5000);
        HttpResponse<String> response = post("/api/connector/v1/paymentRequests/getAll", body.toString(), Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response))
                .contains("$.Limitation.Count: must be at most 1000 (is 5000)")
                .contains("$.States[1]: unknown value 'Teleported'")
                .contains("; ");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void aDecimalAmountArrivesExactly() throws Exception {
        ObjectNode body = documentedRequest("/api/connector/v1/paymentRequests/add");
        ((ObjectNode) body.at("/PaymentRequests/0/Amount")).put("Value", new BigDecimal("0.10"));
        HttpResponse<String> response = post("/api/connector/v1/paymentRequests/add", body.toString(), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        PaymentRequestAddParameters received = (PaymentRequestAddParameters) RECEIVED.get(0);
        assertThat(received.paymentRequests().get(0).amount().value()).isEqualTo(new BigDecimal("0.10"));
    }

    // ---- helpers

    /** The first valid request example any document shows for the operation, as a mutable tree. */
    private static ObjectNode documentedRequest(String path) throws IOException {
        for (SourceDocument document : documents()) {
            var operation = document.operation(path);
            if (operation.isPresent()) {
                for (JsonExample example : operation.get().requestExamples()) {
                    if (example.isValid()) {
                        return (ObjectNode) example.json().orElseThrow();
                    }
                }
            }
        }
        throw new AssertionError("No document shows a valid request for " + path);
    }

    private static List<SourceDocument> documents() throws IOException {
        try (Stream<Path> files = Files.list(projectRoot().resolve("spec/docs"))) {
            return DocumentReader.readAll(
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
    }

    /** The checkout: the surefire property the parent pom sets, else the nearest directory holding spec/docs. */
    private static Path projectRoot() {
        String configured = System.getProperty("mews.project.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "spec", "docs"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("spec/docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No spec/docs above " + Path.of("").toAbsolutePath());
    }

    private static HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String message(HttpResponse<String> response) throws IOException {
        JsonNode body = JSON.readTree(response.body());
        return body.path("Message").asText("");
    }
}
