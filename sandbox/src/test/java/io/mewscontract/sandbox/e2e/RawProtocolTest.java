package io.mewscontract.sandbox.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.testing.RawHttp;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a client other than the generated one may send (curl, another language): docs/sandbox.md's curl examples,
 * and the protocol answers the generated client never provokes. Responses are held to the spec like all traffic.
 */
class RawProtocolTest {
    private static final String GET_ALL = "/api/connector/v1/paymentRequests/getAll";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SpecCheckedTraffic traffic = new SpecCheckedTraffic();
    private static Sandbox sandbox;
    private static URI base;

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.builder().noRateLimit().exchangeObserver(traffic).start();
        base = sandbox.baseUri();
    }

    @AfterAll
    static void stopAndCheckTraffic() {
        sandbox.close();
        assertThat(traffic.responsesChecked()).isPositive();
        assertThat(traffic.violations()).as("exchanges that break the spec").isEmpty();
    }

    @Test
    void theReadmesCurlExamplesWorkInOrder() throws IOException {
        List<CurlExample> examples = readmeCurlExamples();
        assertThat(examples)
                .extracting(CurlExample::path)
                .containsExactly(
                        "/api/connector/v1/preauthorizations/getAllByCustomers",
                        "/api/connector/v1/paymentRequests/add",
                        GET_ALL,
                        "/api/connector/v1/paymentRequests/cancel");

        JsonNode preauthorizations = send(examples.get(0), null);
        assertThat(preauthorizations.get("Preauthorizations")).hasSize(2);
        JsonNode added = send(examples.get(1), null).get("PaymentRequests").get(0);
        assertThat(added.get("State").asText()).isEqualTo("Pending");
        String id = added.get("Id").asText();
        JsonNode pending = send(examples.get(2), null).get("PaymentRequests");
        assertThat(pending.findValuesAsText("Id")).contains(id);
        JsonNode canceled = send(examples.get(3), id).get("PaymentRequests").get(0);
        assertThat(canceled.get("Id").asText()).isEqualTo(id);
        assertThat(canceled.get("State").asText()).isEqualTo("Canceled");
    }

    @Test
    void addressesMatchExactly() {
        for (String path : List.of(
                "/api/connector/v1/paymentrequests/getAll",
                GET_ALL + "/",
                GET_ALL + "?Count=1",
                "/api/connector/v1/paymentRequests/getall",
                "/")) {
            HttpResponse<String> response = RawHttp.post(base, path, RawHttp.body("\"Limitation\":{\"Count\":1}"));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertErrorShape(response);
        }
    }

    @Test
    void onlyPostIsAllowed() {
        HttpResponse<String> response = RawHttp.send(HttpRequest.newBuilder(URI.create(base + GET_ALL))
                .GET()
                .header(SpecCheckedTraffic.BROKEN_ON_PURPOSE, "true"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertErrorShape(response);
    }

    @Test
    void badBodiesAnswer400WithWhatIsWrong() {
        assertThat(post("{\"ClientToken\": \"a\",}")).isEqualTo("400 Invalid JSON");
        assertThat(post(RawHttp.body("\"Limitation\":{\"Count\":1},\"Extra\":1")))
                .isEqualTo("400 Unknown property 'Extra'");
        assertThat(post(RawHttp.body(""))).isEqualTo("400 Missing required property 'Limitation'");
        assertThat(post(RawHttp.body("\"Limitation\":{\"Count\":1001}")))
                .isEqualTo("400 $.Limitation.Count: must be at most 1000 (is 1001)");
        assertThat(post(RawHttp.body("\"Limitation\":{\"Count\":1},\"States\":[\"Paid\"]")))
                .startsWith("400 $.States[0]: unknown value 'Paid'");
        // Jackson reads "" as null for a UUID: a null list element has no name, so it used to say "Invalid request
        // body"; now "" is refused where it stands.
        assertThat(post(RawHttp.body("\"Limitation\":{\"Count\":1},\"AccountIds\":[\"\"]")))
                .isEqualTo("400 Invalid value for 'AccountIds[0]': expected a UUID");
        assertThat(post(RawHttp.body("\"Limitation\":{\"Count\":1},\"AccountIds\":[\"" + java.util.UUID.randomUUID()
                        + "\"],\"UpdatedUtc\":{\"StartUtc\":\"\",\"EndUtc\":\"2026-01-02T00:00:00Z\"}")))
                .isEqualTo("400 Invalid value for 'UpdatedUtc.StartUtc': expected an ISO 8601 date-time");
    }

    @Test
    void unknownTokensAnswer401() {
        String body = RawHttp.body("\"Limitation\":{\"Count\":1}")
                .replace(
                        io.mewscontract.sandbox.testing.Clients.DEMO.accessToken(),
                        "C66EF7B239D24632943D115EDE9CB810-WRONG");

        assertThat(post(body))
                .isEqualTo("401 The ClientToken or AccessToken is invalid or expired, or the"
                        + " integration may not call this operation.");
    }

    @Test
    void anEmptyPageIs204WithPreferReturnMinimal() {
        String body =
                RawHttp.body("\"AccountIds\":[\"" + java.util.UUID.randomUUID() + "\"],\"Limitation\":{\"Count\":5}");

        HttpResponse<String> plain = RawHttp.postValid(base, GET_ALL, body);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo("{\"PaymentRequests\":[],\"Cursor\":null}");

        HttpResponse<String> minimal = RawHttp.postValid(base, GET_ALL, body, "Prefer", "return=minimal");
        assertThat(minimal.statusCode()).isEqualTo(204);
        assertThat(minimal.body()).isEmpty();
        assertThat(minimal.headers().firstValue("Content-Type")).isEmpty();
        assertThat(minimal.headers().firstValue("Request-Id")).isPresent();
    }

    /** The status and the error body's Message; checks the error shape on the way. */
    private static String post(String body) {
        HttpResponse<String> response = RawHttp.post(base, GET_ALL, body);
        return response.statusCode() + " "
                + assertErrorShape(response).get("Message").asText();
    }

    private static JsonNode assertErrorShape(HttpResponse<String> response) {
        JsonNode error;
        try {
            error = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
        assertThat(error.get("Message").isTextual()).isTrue();
        assertThat(error.get("RequestId").asText())
                .isEqualTo(response.headers().firstValue("Request-Id").orElseThrow());
        assertThat(error.has("Details")).isTrue();
        return error;
    }

    private static JsonNode send(CurlExample example, String addedId) throws IOException {
        String body = addedId == null ? example.body() : example.body().replace("<the Id that add returned>", addedId);
        HttpResponse<String> response =
                RawHttp.postValid(base, example.path(), body, example.headers().toArray(String[]::new));
        assertThat(response.statusCode())
                .as(example.path() + ": " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    record CurlExample(String path, List<String> headers, String body) {}

    private static final Pattern CURL = Pattern.compile(
            "curl -s http://127\\.0\\.0\\.1:8080(\\S+) \\\\\\n((?:\\s+-H '[^']*' \\\\\\n)*)\\s+-d '([^']*)'");
    private static final Pattern HEADER = Pattern.compile("-H '([^:]+): ([^']*)'");

    /** The curl commands of the sandbox's page (docs/sandbox.md, linked from the README), in order. */
    private static List<CurlExample> readmeCurlExamples() throws IOException {
        String section = Files.readString(projectRoot().resolve("docs/sandbox.md"), StandardCharsets.UTF_8);
        List<CurlExample> examples = new ArrayList<>();
        Matcher curl = CURL.matcher(section);
        while (curl.find()) {
            List<String> headers = new ArrayList<>();
            Matcher header = HEADER.matcher(curl.group(2));
            while (header.find()) {
                if (!header.group(1).equalsIgnoreCase("Content-Type")) {
                    headers.add(header.group(1));
                    headers.add(header.group(2));
                }
            }
            examples.add(new CurlExample(curl.group(1), headers, curl.group(3)));
        }
        return examples;
    }

    private static Path projectRoot() {
        String configured = System.getProperty("mews.project.root");
        if (configured != null
                && Files.exists(Path.of(configured, "README.md"))
                && Files.isDirectory(Path.of(configured, "sandbox"))) {
            return Path.of(configured);
        }
        return Path.of("").toAbsolutePath().getParent(); // the module directory's parent
    }
}
