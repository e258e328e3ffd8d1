package io.mewscontract.connector.server.router;

import static io.mewscontract.connector.server.testapi.Bodies.COMMON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.connector.server.errors.BusinessRuleException;
import io.mewscontract.connector.server.errors.InvalidParameterException;
import io.mewscontract.connector.server.testapi.Bodies;
import io.mewscontract.connector.server.testapi.RouterLog;
import io.mewscontract.connector.server.testapi.ScriptedItems;
import io.mewscontract.connector.server.testapi.TestApi;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.OperationKind;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.runtime.ServerOperation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The router core, called directly: every status it answers, and what reaches the implementation. */
class RouterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ITEM_ID = UUID.fromString("0e7a8fd4-4d0f-4a2c-b3c5-afa900d0f1ba");

    private final ScriptedItems items = new ScriptedItems();
    private final Router router = Router.of(TestApi.table(items));
    private final RouterLog log = new RouterLog();

    @BeforeEach
    void captureLog() {
        log.attach();
    }

    @AfterEach
    void releaseLog() {
        log.detach();
    }

    // ---- addresses and methods

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/connector/v1/items/getall", // case-sensitive
                "/api/connector/v1/items/getAll/", // no trailing slash
                "/api/connector/v1/items/getAll?x=1", // nothing extra
                "/api/connector/v1/items/getAll?",
                "/api/connector/v1/items/%67etAll", // not decoded
                "/api/connector/v1/items",
                "/"
            })
    void anAddressThatIsNotExactlyAnOperationsPathIsNotFound(String path) throws IOException {
        RouterResponse response = router.handle(post(path, Bodies.getAll(1)));
        assertError(response, 404);
        assertThat(errorMessage(response)).startsWith("Not found");
        assertThat(items.requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "post"})
    void anyMethodButPostIsNotAllowed(String method) throws IOException {
        RouterResponse response = router.handle(RouterRequest.of(
                method, TestApi.GET_ALL_PATH, Map.of(), Bodies.getAll(1).getBytes(StandardCharsets.UTF_8)));
        assertError(response, 405);
        assertThat(response.header("Allow")).isEqualTo("POST");
        assertThat(items.requests).isEmpty();
    }

    @Test
    void anUnknownPathIsNotFoundWhateverTheMethod() throws IOException {
        assertError(router.handle(RouterRequest.of("GET", "/nowhere", Map.of(), new byte[0])), 404);
    }

    // ---- success

    @Test
    void aValidRequestReachesTheImplementationAndItsResultIsWrittenAsJson() throws IOException {
        items.add = (request, context) -> new TestApi.AddResult(
                List.of(new TestApi.Item(ITEM_ID, request.items().get(0).amount(), TestApi.State.PENDING)));

        RouterResponse response = router.handle(post(TestApi.ADD_PATH, Bodies.addOne()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(response.bodyText())
                .isEqualTo("{\"Items\":[{\"Id\":\"" + ITEM_ID
                        + "\",\"Amount\":{\"Currency\":\"EUR\",\"Value\":18.49},\"State\":\"Pending\"}]}");
        TestApi.AddRequest received = (TestApi.AddRequest) items.requests.get(0);
        assertThat(received.items().get(0).amount().value()).isEqualTo(new BigDecimal("18.49"));
        RequestContext context = items.contexts.get(0);
        assertThat(context.commonFields().clientToken()).isEqualTo(Bodies.CLIENT_TOKEN);
        assertThat(context.commonFields().client()).isEqualTo("Test 1.0");
        assertThat(context.principal()).isNull();
        assertThat(context.requestId()).isEqualTo(response.header("Request-Id"));
    }

    @Test
    void everyRequestGetsItsOwnUuidRequestId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(router.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1))).header("Request-Id"));
            ids.add(router.handle(post("/unknown", "{}")).header("Request-Id"));
        }
        assertThat(ids).hasSize(10).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).as("a random UUID").isEqualTo(4);
            assertThat(uuid.variant()).as("the IETF variant").isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        });
    }

    // ---- strict JSON

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{" + COMMON + ",\"Limitation\":{\"Count\":1,}}", // trailing comma
                "{" + COMMON + ",\"Limitation\":{\"Count\":1}} /* comment */",
                "{" + COMMON + ", // comment\n\"Limitation\":{\"Count\":1}}",
                "{" + COMMON + ",\"Limitation\":{\"Count\":1},\"Limitation\":{\"Count\":2}}", // duplicate key
                "{" + COMMON + ",\"Limitation\":{\"Count\":1}} {}", // trailing data
                "{" + COMMON + ",\"Limitation\":{\"Count\":1}} x",
                "{" + COMMON + ",'Limitation':{\"Count\":1}}", // single quotes
                "{" + COMMON + ",Limitation:{\"Count\":1}}", // unquoted name
                "{" + COMMON + ",\"Limitation\":{\"Count\":NaN}}",
                "{" + COMMON + ",\"Limitation\":{\"Count\":01}}", // leading zero
                "{" + COMMON + ",\"Limitation\":{\"Count\":1}", // unterminated
                "[]",
                "null",
                "\"text\"",
                "42",
                "",
                "   "
            })
    void aBodyThatIsNotOneStrictJsonObjectIsInvalidJson(String body) throws IOException {
        RouterResponse response = router.handle(post(TestApi.GET_ALL_PATH, body));
        assertError(response, 400);
        assertThat(errorMessage(response)).isEqualTo("Invalid JSON");
        assertThat(items.requests).isEmpty();
    }

    @Test
    void malformedUtf8IsInvalidJson() throws IOException {
        byte[] body = ("{" + COMMON + ",\"Limitation\":{\"Count\":1},\"X\":\"\u00ff\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        RouterResponse response = router.handle(RouterRequest.of("POST", TestApi.GET_ALL_PATH, Map.of(), body));
        assertThat(errorMessage(response)).isEqualTo("Invalid JSON: the body is not well-formed UTF-8");
    }

    // ---- binding: missing fields and wrong types, named by their JSON path

    /** A valid body of {@code operation} with edits: a JSON pointer, then raw JSON to put there or {@link #REMOVE}. */
    static Arguments misfit(String operation, String message, String... pointersAndValues) {
        String valid = operation.equals(TestApi.ADD_PATH) ? Bodies.addOne() : Bodies.getAll(1);
        return Arguments.of(operation, edit(valid, pointersAndValues), message);
    }

    static final String REMOVE = "(remove)";
    static final String GET_ALL = TestApi.GET_ALL_PATH;
    static final String ADD = TestApi.ADD_PATH;

    static Stream<Arguments> misfits() {
        return Stream.of(
                // missing, in the operation's own record and in the common fields
                misfit(GET_ALL, "Missing required property 'Limitation'", "/Limitation", REMOVE),
                misfit(GET_ALL, "Missing required property 'Limitation.Count'", "/Limitation/Count", REMOVE),
                misfit(ADD, "Missing required property 'Items[0].Amount.Value'", "/Items/0/Amount/Value", REMOVE),
                misfit(
                        ADD,
                        "Missing required properties 'Items[0].AccountId', 'Items[0].Amount'",
                        "/Items/0/AccountId",
                        REMOVE,
                        "/Items/0/Amount",
                        REMOVE),
                misfit(GET_ALL, "Missing required property 'ClientToken'", "/ClientToken", REMOVE),
                misfit(
                        GET_ALL,
                        "Missing required properties 'ClientToken', 'AccessToken', 'Client'",
                        "/ClientToken",
                        REMOVE,
                        "/AccessToken",
                        REMOVE,
                        "/Client",
                        REMOVE),
                // wrong types, named by the path of the value
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].Amount.Value': expected a number",
                        "/Items/0/Amount/Value",
                        "\"ten\""),
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].AccountId': expected a UUID",
                        "/Items/0/AccountId",
                        "\"nope\""),
                misfit(ADD, "Invalid value for 'Items[0].AccountId': expected a UUID", "/Items/0/AccountId", "5"),
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].ExpirationUtc': expected an ISO 8601 date-time",
                        "/Items/0/ExpirationUtc",
                        "\"tomorrow\""),
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].ExpirationUtc': expected an ISO 8601 date-time",
                        "/Items/0/ExpirationUtc",
                        "1700000000"), // not an epoch timestamp
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].ExpirationUtc': expected an ISO 8601 date-time",
                        "/Items/0/ExpirationUtc",
                        "[2023,2,20]"),
                misfit(ADD, "Invalid value for 'Items[0].Description': expected a string", "/Items/0/Description", "7"),
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].Description': expected a string",
                        "/Items/0/Description",
                        "1.5"),
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].Description': expected a string",
                        "/Items/0/Description",
                        "true"),
                misfit(ADD, "Invalid value for 'Items[0].Notes': expected a string", "/Items/0/Notes", "false"),
                misfit(ADD, "Invalid value for 'Items': expected an array", "/Items", "{}"),
                misfit(ADD, "Invalid value for 'Items[0]': expected an object", "/Items", "[1]"),
                misfit(
                        GET_ALL,
                        "Invalid value for 'Limitation.Count': expected an integer",
                        "/Limitation/Count",
                        "\"5\""),
                misfit(
                        GET_ALL,
                        "Invalid value for 'Limitation.Count': expected an integer",
                        "/Limitation/Count",
                        "1.5"),
                misfit(
                        GET_ALL,
                        "Invalid value for 'Limitation.Count': expected an integer",
                        "/Limitation/Count",
                        "true"),
                misfit(
                        GET_ALL,
                        "Invalid value for 'Limitation.Count': number out of range",
                        "/Limitation/Count",
                        "99999999999"),
                misfit(GET_ALL, "Invalid value for 'States[0]': expected a string", "/States", "[3]"),
                misfit(GET_ALL, "Invalid value for 'ClientToken': expected a string", "/ClientToken", "5"),
                // null where the spec allows none
                misfit(GET_ALL, "Invalid value for 'Limitation': must not be null", "/Limitation", "null"),
                misfit(GET_ALL, "Invalid value for 'Limitation.Count': must not be null", "/Limitation/Count", "null"),
                misfit(
                        ADD,
                        "Invalid value for 'Items[0].Amount.Currency': must not be null",
                        "/Items/0/Amount/Currency",
                        "null"),
                misfit(GET_ALL, "Invalid value for 'ClientToken': must not be null", "/ClientToken", "null"),
                // strict: properties the spec does not declare
                misfit(GET_ALL, "Unknown property 'Extra'", "/Extra", "1"),
                misfit(GET_ALL, "Unknown property 'Limitation.Page'", "/Limitation/Page", "2"),
                misfit(
                        GET_ALL,
                        "Unknown properties 'Limitation.Page', 'Extra', 'Other'",
                        "/Extra",
                        "1",
                        "/Limitation/Page",
                        "2",
                        "/Other",
                        "{\"A\":1}"),
                misfit(
                        ADD,
                        "Unknown properties 'Items[0].Amount.Tax', 'Items[0].Oops'",
                        "/Items/0/Oops",
                        "1",
                        "/Items/0/Amount/Tax",
                        "2"),
                // Amount is shared with responses, so its record collects unknown properties for clients: the
                // server still refuses them, and a property named like that component.
                misfit(
                        ADD,
                        "Unknown properties 'Items[0].Amount.Tax', 'Items[0].Amount.additionalProperties'",
                        "/Items/0/Amount/Tax",
                        "2",
                        "/Items/0/Amount/additionalProperties",
                        "{\"A\":1}"));
    }

    @ParameterizedTest
    @MethodSource("misfits")
    void aBodyThatDoesNotFitTheTypesNamesTheField(String path, String body, String message) throws IOException {
        RouterResponse response = router.handle(post(path, body));
        assertError(response, 400);
        assertThat(errorMessage(response)).isEqualTo(message);
        assertThat(items.requests).isEmpty();
    }

    @Test
    void theBodiesTheMisfitsStartFromAreValid() {
        assertThat(router.handle(post(GET_ALL, Bodies.getAll(1))).status()).isEqualTo(200);
        assertThat(router.handle(post(ADD, Bodies.addOne())).status()).isEqualTo(200);
        assertThat(router.handle(post(
                                ADD, edit(Bodies.addOne(), "/Items/0/ExpirationUtc", "\"2023-02-20T12:00:00.120Z\"")))
                        .status())
                .isEqualTo(200);
        assertThat(((TestApi.AddRequest) items.requests.get(2)).items().get(0).expirationUtc())
                .isEqualTo(Instant.parse("2023-02-20T12:00:00.120Z"));
    }

    private static String edit(String body, String... pointersAndValues) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(body);
            for (int i = 0; i < pointersAndValues.length; i += 2) {
                JsonPointer pointer = JsonPointer.compile(pointersAndValues[i]);
                ObjectNode parent = (ObjectNode) root.at(pointer.head());
                String name = pointer.last().getMatchingProperty();
                if (pointersAndValues[i + 1].equals(REMOVE)) {
                    parent.remove(name);
                } else {
                    parent.set(name, JSON.readTree(pointersAndValues[i + 1]));
                }
            }
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e10000", "-1e10000", "1e2147483648", "1e-2147483649", "1e-1000"})
    void aNumberNoDecimalCanCarryIsRefusedBeforeAnythingElseNamingTheField(String value) throws IOException {
        String body = "{" + COMMON + ",\"Items\":[" + Bodies.newItem(value) + "]}";
        RouterResponse response = router.handle(post(TestApi.ADD_PATH, body));
        assertError(response, 400);
        assertThat(errorMessage(response)).isEqualTo("Invalid value for 'Items[0].Amount.Value': number out of range");
        assertThat(items.requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "application/x-www-form-urlencoded",
                "application/xml",
                "application/json; charset=iso-8859-1",
                "application/jsonp",
                "multipart/form-data; boundary=x"
            })
    void aBodyThatIsNotJsonIsRefused415(String contentType) throws IOException {
        RouterResponse response = router.handle(post(GET_ALL, Bodies.getAll(1), "Content-Type", contentType));
        assertError(response, 415);
        assertThat(errorMessage(response)).startsWith("Unsupported media type");
        assertThat(items.requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "APPLICATION/JSON",
                "application/json;charset=UTF-8",
                "application/json; charset=\"utf-8\"",
                "application/json; foo=bar"
            })
    void jsonInUtf8IsAcceptedInAnySpelling(String contentType) {
        assertThat(router.handle(post(GET_ALL, Bodies.getAll(1), "Content-Type", contentType))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJson() {
        RouterRequest request =
                RouterRequest.of("POST", GET_ALL, Map.of(), Bodies.getAll(1).getBytes(StandardCharsets.UTF_8));
        assertThat(router.handle(request).status()).isEqualTo(200);
    }

    @Test
    void overlongAndOtherIllFormedUtf8IsInvalidJson() throws IOException {
        byte[] valid = Bodies.addOne().getBytes(StandardCharsets.UTF_8);
        String marker = "Deposit";
        int at = Bodies.addOne().indexOf(marker);
        for (byte[] bad : new byte[][] {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}
        }) {
            byte[] body = valid.clone();
            System.arraycopy(bad, 0, body, at, bad.length);
            RouterResponse response = router.handle(
                    RouterRequest.of("POST", ADD, Map.of("Content-Type", List.of("application/json")), body));
            assertError(response, 400);
            assertThat(errorMessage(response)).isEqualTo("Invalid JSON: the body is not well-formed UTF-8");
        }
        byte[] wellFormed = Bodies.addOne().replace(marker, "Dépôt €😀").getBytes(StandardCharsets.UTF_8);
        assertThat(router.handle(RouterRequest.of("POST", ADD, Map.of(), wellFormed))
                        .status())
                .isEqualTo(200);
        assertThat(items.requests).hasSize(1);
    }

    // ---- validation

    @Test
    void everyViolationIsListedInOneMessage() throws IOException {
        String body = "{" + COMMON + ",\"LanguageCode\":\"en\",\"Items\":[" + Bodies.newItem("0") + ","
                + Bodies.newItem("-1").replace("Deposit", "A description far too long") + "]}";
        RouterResponse response = router.handle(post(TestApi.ADD_PATH, body));
        assertError(response, 400);
        assertThat(errorMessage(response))
                .isEqualTo("$: LanguageCode and CultureCode must be given together or not at all; "
                        + "$.Items[0].Amount.Value: must be greater than 0 (is 0); "
                        + "$.Items[1].Description: must be at most 20 characters long (is 26); "
                        + "$.Items[1].Amount.Value: must be greater than 0 (is -1)");
        assertThat(items.requests).isEmpty();
    }

    @Test
    void anEnumValueTheSpecDoesNotKnowIsAViolationOnTheServer() throws IOException {
        String body = "{" + COMMON + ",\"Limitation\":{\"Count\":1},\"States\":[\"Pending\",\"Teleported\"]}";
        RouterResponse response = router.handle(post(TestApi.GET_ALL_PATH, body));
        assertError(response, 400);
        assertThat(errorMessage(response))
                .isEqualTo("$.States[1]: unknown value 'Teleported'; expected one of Pending, Completed");
    }

    // ---- authentication and interceptors

    @Test
    void theAuthenticatorSeesTheTokensAndItsPrincipalReachesTheOperation() {
        List<String> seen = new ArrayList<>();
        Principal alice = () -> "alice";
        Router guarded = Router.builder(TestApi.table(items))
                .authenticator((clientToken, accessToken, client) -> {
                    seen.add(clientToken + "|" + accessToken + "|" + client);
                    return Optional.of(alice);
                })
                .build();

        assertThat(guarded.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1))).status())
                .isEqualTo(200);
        assertThat(seen).containsExactly(Bodies.CLIENT_TOKEN + "|" + Bodies.ACCESS_TOKEN + "|Test 1.0");
        assertThat(items.contexts.get(0).principal()).isSameAs(alice);
    }

    @Test
    void tokensTheAuthenticatorRefusesAnswer401BeforeValidationAndDispatch() throws IOException {
        Router guarded = Router.builder(TestApi.table(items))
                .authenticator((clientToken, accessToken, client) -> Optional.empty())
                .build();
        // Count 0 breaks validation: the 401 comes first, so nothing about the body leaks to a stranger.
        RouterResponse response = guarded.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(0)));
        assertError(response, 401);
        assertThat(response.bodyText()).doesNotContain(Bodies.CLIENT_TOKEN, Bodies.ACCESS_TOKEN);
        assertThat(items.requests).isEmpty();
    }

    @Test
    void anInterceptorCanRefuseWith429AndRetryAfter() throws IOException {
        List<String> accessTokens = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Router limited = Router.builder(TestApi.table(items))
                .interceptor((operation, context) -> {
                    accessTokens.add(context.commonFields().accessToken());
                    operations.add(operation.operationId());
                    return calls.incrementAndGet() > 2
                            ? Optional.of(Rejection.tooManyRequests(Duration.ofMillis(1500)))
                            : Optional.empty();
                })
                .build();

        assertThat(limited.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1))).status())
                .isEqualTo(200);
        assertThat(limited.handle(post(TestApi.ADD_PATH, Bodies.addOne())).status())
                .isEqualTo(200);
        RouterResponse refused = limited.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1)));

        assertError(refused, 429);
        assertThat(refused.header("Retry-After")).isEqualTo("2");
        assertThat(items.requests).hasSize(2);
        assertThat(accessTokens).containsOnly(Bodies.ACCESS_TOKEN).hasSize(3);
        assertThat(operations).containsExactly("getAllItems", "addItems", "getAllItems");
    }

    @Test
    void aRejectionMayNotTakeOverTheRoutersOwnHeaders() {
        assertThatThrownBy(() -> new Rejection(429, "no", Map.of("request-id", "mine")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rejection.of(200, "fine")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- exceptions from the implementation

    @Test
    void aBusinessRuleExceptionAnswers403WithItsMessage() throws IOException {
        items.add = (request, context) -> {
            throw new BusinessRuleException("The account is closed.");
        };
        RouterResponse response = router.handle(post(TestApi.ADD_PATH, Bodies.addOne()));
        assertError(response, 403);
        assertThat(errorMessage(response)).isEqualTo("The account is closed.");
        assertThat(log.records).isEmpty();
    }

    @Test
    void anInvalidParameterExceptionAnswers400InvalidParameter() throws IOException {
        items.add = (request, context) -> {
            throw new InvalidParameterException("AccountId");
        };
        RouterResponse response = router.handle(post(TestApi.ADD_PATH, Bodies.addOne()));
        assertError(response, 400);
        assertThat(errorMessage(response)).isEqualTo("Invalid AccountId");
    }

    @Test
    void anyOtherExceptionAnswers500GenericallyAndIsLoggedWithTheRequestIdButNoToken() throws IOException {
        items.add = (request, context) -> {
            throw new IllegalStateException("database password is hunter2");
        };
        RouterResponse response = router.handle(post(TestApi.ADD_PATH, Bodies.addOne()));

        assertError(response, 500);
        assertThat(response.bodyText()).doesNotContain("hunter2", "IllegalStateException", "at io.", "addItems");
        String requestId = response.header("Request-Id");
        assertThat(log.records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage())
                    .contains(requestId, "addItems")
                    .doesNotContain(Bodies.CLIENT_TOKEN, Bodies.ACCESS_TOKEN);
            assertThat(record.getThrown()).hasMessage("database password is hunter2");
        });
    }

    @Test
    void anErrorThrownByTheImplementationAlsoAnswers500() throws IOException {
        items.add = (request, context) -> {
            throw new StackOverflowError();
        };
        assertError(router.handle(post(TestApi.ADD_PATH, Bodies.addOne())), 500);
    }

    @Test
    void aNullResultIsAServerFault() throws IOException {
        items.add = (request, context) -> null;
        assertError(router.handle(post(TestApi.ADD_PATH, Bodies.addOne())), 500);
    }

    @Test
    void anAuthenticatorOrInterceptorThatThrowsAnswers500() throws IOException {
        Router broken = Router.builder(TestApi.table(items))
                .authenticator((c, a, n) -> {
                    throw new IllegalStateException("token store down " + a);
                })
                .build();
        RouterResponse response = broken.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1)));
        assertError(response, 500);
        assertThat(response.bodyText()).doesNotContain(Bodies.ACCESS_TOKEN);

        Router brokenInterceptor = Router.builder(TestApi.table(items))
                .interceptor((operation, context) -> {
                    throw new IllegalStateException("limiter down");
                })
                .build();
        assertError(brokenInterceptor.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1))), 500);
        assertThat(items.requests).isEmpty();
    }

    // ---- body limit

    @Test
    void aDeclaredContentLengthOverTheLimitIsRefusedBeforeReadingAnything() throws IOException {
        CountingStream body = new CountingStream(Long.MAX_VALUE);
        RouterRequest request = RouterRequest.of(
                "POST",
                TestApi.GET_ALL_PATH,
                Map.of("content-length", List.of(Long.toString(Router.DEFAULT_MAX_BODY_BYTES + 1L))),
                body);
        RouterResponse response = router.handle(request);
        assertError(response, 413);
        assertThat(body.read).isZero();
    }

    @Test
    void anUndeclaredBodyIsCountedAndReadNoFurtherThanTheLimit() throws IOException {
        Router small =
                Router.builder(TestApi.table(items)).maxBodyBytes(64 * 1024).build();
        CountingStream endless = new CountingStream(Long.MAX_VALUE);
        RouterResponse response = small.handle(RouterRequest.of("POST", TestApi.GET_ALL_PATH, Map.of(), endless));
        assertError(response, 413);
        assertThat(errorMessage(response)).contains("65536 bytes");
        assertThat(endless.read).isEqualTo(64 * 1024 + 1);
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() {
        String json = Bodies.getAll(1);
        int limit = 4096;
        String padded = json + " ".repeat(limit - json.length());
        Router small = Router.builder(TestApi.table(items)).maxBodyBytes(limit).build();
        assertThat(small.handle(post(TestApi.GET_ALL_PATH, padded)).status()).isEqualTo(200);
        assertThat(small.handle(post(TestApi.GET_ALL_PATH, padded + " ")).status())
                .isEqualTo(413);
    }

    @Test
    void aBodyLongerThanItsDeclaredLengthIsReadOnAndCountedToTheLimit() throws IOException {
        byte[] json = Bodies.getAll(1).getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> declaredShort = Map.of("Content-Length", List.of("10"));
        // The declared length is read first; what follows is still the body (a server cuts the stream itself).
        assertThat(router.handle(RouterRequest.of("POST", TestApi.GET_ALL_PATH, declaredShort, json))
                        .status())
                .isEqualTo(200);
        Router small = Router.builder(TestApi.table(items)).maxBodyBytes(4096).build();
        CountingStream endless = new CountingStream(Long.MAX_VALUE);
        RouterResponse response = small.handle(RouterRequest.of("POST", TestApi.GET_ALL_PATH, declaredShort, endless));
        assertError(response, 413);
        assertThat(endless.read).isEqualTo(4096 + 1);
    }

    @Test
    void aBodyShorterThanItsDeclaredLengthIsWhatArrived() throws IOException {
        byte[] json = Bodies.getAll(1).getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> declaredLong = Map.of("Content-Length", List.of(Integer.toString(json.length + 50)));
        assertThat(router.handle(RouterRequest.of("POST", TestApi.GET_ALL_PATH, declaredLong, json))
                        .status())
                .isEqualTo(200);
        byte[] cut = Arrays.copyOf(json, json.length - 1);
        assertError(router.handle(RouterRequest.of("POST", TestApi.GET_ALL_PATH, declaredLong, cut)), 400);
    }

    // ---- Prefer: return=minimal

    @ParameterizedTest
    @ValueSource(
            strings = {
                "return=minimal",
                "RETURN = \"Minimal\"; foo=bar",
                "respond-async, return=minimal",
                "wait=5,return=minimal"
            })
    void anEmptyPageWithPreferMinimalAnswers204WithNoBodyAndNoContentType(String prefer) {
        RouterResponse response = router.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(10), "Prefer", prefer));
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers())
                .doesNotContainKey("Content-Type")
                .containsKey("Request-Id")
                .containsEntry("Preference-Applied", "return=minimal");
    }

    @Test
    void anEmptyPageWithoutPreferIsWrittenOut() {
        RouterResponse response = router.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(10)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"Items\":[],\"Cursor\":null}");
    }

    @Test
    void aNonEmptyPageIsWrittenOutDespitePreferMinimal() {
        items.getAll = (request, context) -> new TestApi.Page(
                List.of(new TestApi.Item(ITEM_ID, new TestApi.Amount("EUR", BigDecimal.TEN), TestApi.State.COMPLETED)),
                ITEM_ID);
        RouterResponse response =
                router.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(10), "Prefer", "return=minimal"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).contains("\"Cursor\":\"" + ITEM_ID + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"return=representation", "return=representation, return=minimal", "minimal", "handling=lenient"})
    void otherPreferencesAreNotMinimal(String prefer) {
        assertThat(router.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(10), "Prefer", prefer))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anOperationWithoutANoContentResultNeverAnswers204() {
        RouterResponse response = router.handle(post(TestApi.ADD_PATH, Bodies.addOne(), "Prefer", "return=minimal"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"Items\":[]}");
    }

    // ---- construction

    @Test
    void aTableWhoseKeyIsNotTheOperationsPathIsRefused() {
        Map<String, ServerOperation<?, ?>> table = new LinkedHashMap<>(TestApi.table(items));
        OperationDescriptor<TestApi.AddRequest, TestApi.AddResult> add = TestApi.ADD;
        table.put("/api/connector/v1/items/other", new ServerOperation<>(add, items::add));
        assertThatThrownBy(() -> Router.of(table))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/api/connector/v1/items/other")
                .hasMessageContaining("addItems");
        assertThatThrownBy(() -> Router.builder(table).maxBodyBytes(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestAndResponseNeverPrintHeadersOrBodies() {
        RouterRequest request = post(TestApi.GET_ALL_PATH, Bodies.getAll(1), "Authorization", "Bearer xyz");
        assertThat(request.toString()).doesNotContain("xyz", Bodies.CLIENT_TOKEN);
        assertThat(router.handle(request).toString()).doesNotContain("Items");
    }

    // ---- writing results

    /** A declared result type that is not final, as a hand-written table may have. */
    static class Summary {
        @JsonProperty("Count")
        public int count = 1;
    }

    static final class DetailedSummary extends Summary {
        @JsonProperty("Detail")
        public String detail = "more";
    }

    @Test
    void aResultOfASubtypeOfTheDeclaredTypeIsWrittenWhole() throws IOException {
        // The router writes with one writer per operation for its declared type; a subtype's own properties must
        // still reach the wire, as they did when every result was written as what it is.
        OperationDescriptor<TestApi.GetAllRequest, Summary> declared = new OperationDescriptor<>(
                "getAllItems",
                "items",
                "getAll",
                TestApi.GET_ALL_PATH,
                OperationKind.READ,
                TestApi.GetAllRequest.class,
                Summary.class,
                (value, path, context) -> {},
                (value, path, context) -> {},
                null,
                TestApi.GET_ALL.requestShapes());
        Router summaries = Router.of(ServerOperation.tableOf(
                new ServerOperation<>(declared, (request, context) -> new DetailedSummary()),
                ServerOperation.notImplemented(TestApi.ADD)));
        RouterResponse subtype = summaries.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1)));
        assertThat(subtype.status()).isEqualTo(200);
        assertThat(JSON.readTree(subtype.body())).isEqualTo(JSON.readTree("{\"Count\":1,\"Detail\":\"more\"}"));

        Router plain = Router.of(ServerOperation.tableOf(
                new ServerOperation<>(declared, (request, context) -> new Summary()),
                ServerOperation.notImplemented(TestApi.ADD)));
        assertThat(JSON.readTree(plain.handle(post(TestApi.GET_ALL_PATH, Bodies.getAll(1)))
                        .body()))
                .isEqualTo(JSON.readTree("{\"Count\":1}"));
    }

    // ---- helpers

    static RouterRequest post(String path, String body, String... headerNamesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.put(headerNamesAndValues[i], List.of(headerNamesAndValues[i + 1]));
        }
        return RouterRequest.of("POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts the status and the exact error shape: three keys, RequestId equal to the header. */
    static void assertError(RouterResponse response, int status) throws IOException {
        assertThat(response.status()).isEqualTo(status);
        String requestId = response.header("Request-Id");
        assertThat(requestId).isNotBlank();
        assertThat(response.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(response.body());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        assertThat(keys).containsExactly("Message", "RequestId", "Details");
        assertThat(body.get("Message").isTextual()).isTrue();
        assertThat(body.get("RequestId").asText()).isEqualTo(requestId);
        assertThat(body.get("Details").isNull()).isTrue();
    }

    static String errorMessage(RouterResponse response) throws IOException {
        return JSON.readTree(response.body()).get("Message").asText();
    }

    /** A body that produces {@code size} bytes of filler and counts how many were read. */
    static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            long left = size - read;
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            read += n;
            return n;
        }
    }
}
