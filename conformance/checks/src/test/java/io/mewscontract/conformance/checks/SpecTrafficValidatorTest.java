package io.mewscontract.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.docs.CheckoutLayout;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Traffic against the real spec: what fits passes, and each kind of break is reported by what it breaks. */
class SpecTrafficValidatorTest {

    private static final String GET_ALL = "/api/connector/v1/paymentRequests/getAll";
    private static final String CANCEL = "/api/connector/v1/paymentRequests/cancel";
    private static final Map<String, List<String>> JSON = Map.of(
            "Content-Type", List.of("application/json; charset=utf-8"),
            "request-id", List.of("5f1c3a77-0000-4000-8000-000000000001"));
    private static final Map<String, List<String>> ID_ONLY = Map.of("Request-Id", List.of("r-1"));

    private static final String CANCEL_REQUEST = """
            {"ClientToken": "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
             "AccessToken": "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D",
             "Client": "Sample Client 1.0.0",
             "PaymentRequestIds": ["9f2a5d3e-4b2c-4a4d-9e6f-0a1b2c3d4e5f"]}
            """;
    private static final String PAGE = """
            {"PaymentRequests": [], "Cursor": null}
            """;

    private static SpecTrafficValidator validator;

    @BeforeAll
    static void load() {
        validator = SpecTrafficValidator.forSpec(CheckoutLayout.spec());
    }

    @Test
    void aRequestThatFitsHasNoProblems() {
        assertThat(validator.checkRequest(CANCEL, CANCEL_REQUEST)).isEmpty();
        assertThat(validator.checkRequest(
                        "POST",
                        CANCEL,
                        Map.of("Content-Type", List.of("application/json"), "Prefer", List.of("return=minimal")),
                        CANCEL_REQUEST))
                .isEmpty();
    }

    @Test
    void aRequestMissingARequiredPropertyOrWithAWrongTypeIsReportedByField() {
        String missing = CANCEL_REQUEST.replace(
                "\"PaymentRequestIds\": [\"9f2a5d3e-4b2c-4a4d-9e6f-0a1b2c3d4e5f\"]", "\"Extra\": 1");
        String wrongType = CANCEL_REQUEST.replace("[\"9f2a5d3e-4b2c-4a4d-9e6f-0a1b2c3d4e5f\"]", "\"not-a-list\"");

        assertThat(validator.checkRequest(CANCEL, missing))
                .singleElement()
                .asString()
                .contains("required")
                .contains("PaymentRequestIds");
        assertThat(validator.checkRequest(CANCEL, wrongType))
                .singleElement()
                .asString()
                .contains("/PaymentRequestIds")
                .contains("array");
    }

    @Test
    void aRequestToAnUndeclaredPathOrWithoutBodyIsReported() {
        assertThat(validator.checkRequest("/api/connector/v1/paymentRequests/Cancel", CANCEL_REQUEST))
                .containsExactly(
                        "request POST /api/connector/v1/paymentRequests/Cancel: the spec declares no such operation"
                                + " (paths match exactly, case-sensitively)");
        assertThat(validator.checkRequest(CANCEL, null))
                .singleElement()
                .asString()
                .contains("body");
    }

    @Test
    void aResponseThatFitsHasNoProblems() {
        assertThat(validator.checkResponse(GET_ALL, 200, JSON, PAGE)).isEmpty();
        assertThat(validator.checkResponse(GET_ALL, 204, ID_ONLY, null)).isEmpty();
        assertThat(validator.checkResponse(GET_ALL, 204, ID_ONLY, "")).isEmpty();
        assertThat(validator.checkResponse(
                        GET_ALL,
                        400,
                        JSON,
                        "{\"Message\": \"Invalid JSON\", \"RequestId\": \"r-1\", \"Details\": null}"))
                .isEmpty();
    }

    @Test
    void aResponseBodyThatBreaksItsSchemaIsReportedByField() {
        String page = "{\"PaymentRequests\": null, \"Cursor\": null}";

        assertThat(validator.checkResponse(GET_ALL, 200, JSON, page))
                .singleElement()
                .asString()
                .contains("/PaymentRequests")
                .contains("null");
    }

    @Test
    void aNoContentResponseMustHaveNoBodyAndNoContentType() {
        assertThat(validator.checkResponse(GET_ALL, 204, ID_ONLY, PAGE))
                .containsExactly("response 204: has a body (a 204 has none)");
        assertThat(validator.checkResponse(GET_ALL, 204, JSON, null))
                .containsExactly("response 204: has a Content-Type (a 204 has none)");
    }

    @Test
    void everyResponseCarriesARequestId() {
        assertThat(validator.checkResponse(GET_ALL, 200, Map.of("Content-Type", List.of("application/json")), PAGE))
                .containsExactly("response 200: no Request-Id header (every response carries one)");
        assertThat(validator.checkResponse(GET_ALL, 204, Map.of(), null))
                .containsExactly("response 204: no Request-Id header (every response carries one)");
    }

    @Test
    void anErrorMustCarryTheErrorShape() {
        assertThat(validator.checkResponse(GET_ALL, 403, JSON, "{\"Error\": \"Forbidden\"}"))
                .anySatisfy(p -> assertThat(p).contains("Message"));
        assertThat(validator.checkResponse(
                        GET_ALL,
                        500,
                        Map.of("Request-Id", List.of("r-1"), "Content-Type", List.of("text/plain")),
                        "oops"))
                .contains("response 500: Content-Type is 'text/plain', expected application/json");
    }

    @Test
    void aStatusTheOperationDoesNotDeclareIsReported() {
        assertThat(validator.checkResponse(GET_ALL, 418, JSON, "{\"Message\": \"teapot\"}"))
                .anySatisfy(p -> assertThat(p).contains("418"));
    }

    @Test
    void anUndeclaredAddressMayOnlyBeAnsweredWithAnErrorOfTheSpecsShape() {
        String error = "{\"Message\": \"Not found\", \"RequestId\": \"r-1\"}";

        assertThat(validator.declares("POST", GET_ALL)).isTrue();
        assertThat(validator.declares("GET", GET_ALL)).isFalse();
        assertThat(validator.checkResponse("POST", GET_ALL + "/", 404, JSON, error))
                .isEmpty();
        assertThat(validator.checkResponse("GET", GET_ALL, 405, JSON, error)).isEmpty();
        assertThat(validator.checkResponse("POST", GET_ALL + "/", 200, JSON, PAGE))
                .anySatisfy(p -> assertThat(p).contains("declares no such operation"))
                .anySatisfy(p -> assertThat(p).contains("Message"));
        assertThat(validator.checkResponse("POST", "/nowhere", 404, JSON, "{}"))
                .singleElement()
                .asString()
                .contains("Message");
    }

    @Test
    void theRequireMethodsThrowWithEveryProblem() {
        assertThatThrownBy(() -> validator.requireValidResponse("POST", GET_ALL, 204, Map.of(), PAGE))
                .isInstanceOfSatisfying(
                        SpecViolationException.class,
                        e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("The 204 response to POST " + GET_ALL + " breaks the spec")
                .hasMessageContaining("no Request-Id header")
                .hasMessageContaining("has a body");
        assertThatThrownBy(() -> validator.requireValidRequest("POST", CANCEL, Map.of(), null))
                .isInstanceOf(SpecViolationException.class);
    }

    @Test
    void aSpecIsReadFromTheClasspathToo() {
        SpecTrafficValidator tiny = SpecTrafficValidator.forLocation("fixtures/tiny-api.yaml");

        assertThat(tiny.checkRequest("/api/things/add", "{\"Name\": \"x\"}")).isEmpty();
        assertThat(tiny.checkRequest("/api/things/add", "{}"))
                .singleElement()
                .asString()
                .contains("Name");
        assertThat(tiny.checkResponse("/api/things/add", 200, JSON, "{\"Name\": 1}"))
                .isNotEmpty();
    }

    @Test
    void aSpecThatCannotBeReadIsRefusedWithItsLocation() {
        assertThatThrownBy(() -> SpecTrafficValidator.forLocation("fixtures/missing.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixtures/missing.yaml");
    }
}
