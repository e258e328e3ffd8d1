package io.mewscontract.sandbox.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.sandbox.http.RecordedExchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Negative controls: the traffic check the end-to-end tests rely on does find what breaks the spec. */
class SpecCheckedTrafficTest {
    private static final String GET_ALL = "/api/connector/v1/paymentRequests/getAll";
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    @Test
    void aValidExchangePasses() {
        SpecCheckedTraffic traffic = new SpecCheckedTraffic();

        traffic.observe(exchange(
                RawHttp.body("\"Limitation\":{\"Count\":10}"),
                200,
                withRequestId(JSON),
                "{\"PaymentRequests\":[],\"Cursor\":null}"));

        assertThat(traffic.violations()).isEmpty();
    }

    @Test
    void aRequestOrResponseThatBreaksTheSpecIsReported() {
        SpecCheckedTraffic traffic = new SpecCheckedTraffic();

        traffic.observe(exchange(
                RawHttp.body("\"Limitation\":{\"Count\":0}"), 200, withRequestId(JSON), "{\"PaymentRequests\":[]}"));
        traffic.observe(exchange(RawHttp.body("\"Limitation\":{\"Count\":1}"), 400, JSON, "{\"Oops\":1}"));

        assertThat(traffic.violations())
                .anyMatch(v -> v.contains("request") && v.contains("Count"))
                .anyMatch(v -> v.contains("-> 200] response") && v.contains("Cursor"))
                .anyMatch(v -> v.contains("-> 400] response") && v.contains("Request-Id"))
                .anyMatch(v -> v.contains("-> 400] response") && v.contains("Message"));
    }

    private static Map<String, List<String>> withRequestId(Map<String, List<String>> headers) {
        var copy = new java.util.HashMap<>(headers);
        copy.put("Request-Id", List.of("b1f0e3c2-0000-4000-8000-000000000000"));
        return copy;
    }

    private static RecordedExchange exchange(
            String request, int status, Map<String, List<String>> responseHeaders, String response) {
        return new RecordedExchange(
                "POST",
                GET_ALL,
                JSON,
                request.getBytes(StandardCharsets.UTF_8),
                status,
                responseHeaders,
                response.getBytes(StandardCharsets.UTF_8));
    }
}
