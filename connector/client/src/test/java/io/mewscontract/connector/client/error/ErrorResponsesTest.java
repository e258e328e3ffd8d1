package io.mewscontract.connector.client.error;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error status, over real HTTP, becomes its own exception type carrying what the response said. */
class ErrorResponsesTest {

    private final LocalServer server = LocalServer.start();
    private final MewsConnectorClient client = Clients.builder(server, new VirtualTime())
            .retryPolicy(RetryPolicy.none())
            .build();
    private final ItemsRequest request = ItemsRequest.of(List.of(UUID.randomUUID()));

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, UnauthorizedException.class),
                Arguments.of(403, ForbiddenException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(408, RequestTimeoutException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(413, PayloadTooLargeException.class),
                Arguments.of(429, TooManyRequestsException.class),
                Arguments.of(500, ServerErrorException.class),
                Arguments.of(502, ServerErrorException.class),
                Arguments.of(503, ServerErrorException.class),
                Arguments.of(599, ServerErrorException.class),
                Arguments.of(405, UnexpectedStatusException.class),
                Arguments.of(302, UnexpectedStatusException.class),
                Arguments.of(418, UnexpectedStatusException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void eachStatusHasItsType(int status, Class<? extends MewsApiException> type) {
        server.enqueue(Reply.json(
                        status,
                        "{\"Message\":\"Reason " + status + "\",\"RequestId\":\"body-id\","
                                + "\"Details\":\"at Mews.Something()\"}")
                .withHeader("Request-Id", "header-id"));

        MewsApiException failure = catchThrowableOfType(type, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.errorMessage()).isEqualTo("Reason " + status);
        assertThat(failure.requestId()).isEqualTo("body-id");
        assertThat(failure.details()).isEqualTo("at Mews.Something()");
        assertThat(failure.rawBodyExcerpt()).isNull();
        assertThat(failure.operationId()).isEqualTo("addItems");
        assertThat(failure.path()).isEqualTo("/api/connector/v1/items/add");
        assertThat(failure.getMessage())
                .startsWith("addItems failed with " + status + " ")
                .contains("Reason " + status)
                .contains("[Request-Id: body-id]");
        assertThat(server.requestCount())
                .as("errors of writes are not retried (no retry policy)")
                .isEqualTo(1);
    }

    @Test
    void requestIdComesFromTheHeaderWhenTheBodyHasNone() {
        server.enqueue(Reply.json(409, "{\"Message\":\"Changed meanwhile\",\"RequestId\":null}")
                .withHeader("Request-Id", "from-header"));

        ConflictException failure =
                catchThrowableOfType(ConflictException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.requestId()).isEqualTo("from-header");
        assertThat(failure.details()).isNull();
    }

    @Test
    void forbiddenCarriesTheMessageForTheEndUser() {
        server.enqueue(Reply.error(403, "Payment request in state Completed cannot be canceled."));

        ForbiddenException failure =
                catchThrowableOfType(ForbiddenException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.userMessage()).isEqualTo("Payment request in state Completed cannot be canceled.");
    }

    @Test
    void aBodyThatIsNotJsonStillGivesTheTypedExceptionWithAnExcerpt() {
        server.enqueue(Reply.raw(
                502,
                Map.of("Content-Type", "text/html", "Request-Id", "gw-1"),
                "<html>\r\n<body>Bad gateway from the proxy</body></html>"));

        ServerErrorException failure =
                catchThrowableOfType(ServerErrorException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.errorMessage()).isEqualTo("Bad Gateway");
        assertThat(failure.requestId()).isEqualTo("gw-1");
        assertThat(failure.rawBodyExcerpt()).isEqualTo("<html>  <body>Bad gateway from the proxy</body></html>");
        assertThat(failure.getMessage()).contains("not a Connector API error: <html>");
    }

    @Test
    void jsonWithoutAMessageIsNotTheErrorShape() {
        server.enqueue(Reply.json(400, "{\"error\":\"invalid_request\"}"));

        BadRequestException failure =
                catchThrowableOfType(BadRequestException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.error().hasErrorBody()).isFalse();
        assertThat(failure.errorMessage()).isEqualTo("Bad Request");
        assertThat(failure.rawBodyExcerpt()).isEqualTo("{\"error\":\"invalid_request\"}");
    }

    @Test
    void anEmptyBodyGivesTheReasonPhrase() {
        server.enqueue(Reply.raw(401, Map.of(), ""));

        UnauthorizedException failure =
                catchThrowableOfType(UnauthorizedException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.errorMessage()).isEqualTo("Unauthorized");
        assertThat(failure.rawBodyExcerpt()).isEmpty();
        assertThat(failure.requestId()).isNull();
        assertThat(failure.getMessage()).contains("[Request-Id: none]");
    }

    @Test
    void aLongBodyIsCutToTheExcerptLength() {
        server.enqueue(Reply.raw(500, Map.of(), "x".repeat(20_000)));

        ServerErrorException failure =
                catchThrowableOfType(ServerErrorException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.rawBodyExcerpt())
                .hasSize(ErrorMapping.EXCERPT_LENGTH + 1)
                .endsWith("x…");
    }

    @Test
    void tooManyRequestsCarriesTheParsedRetryAfter() {
        server.enqueue(Reply.error(429, "Slow down").withHeader("Retry-After", "17"));

        TooManyRequestsException failure =
                catchThrowableOfType(TooManyRequestsException.class, () -> client.exchange(ADD_ITEMS, request));

        assertThat(failure.retryAfter()).contains(java.time.Duration.ofSeconds(17));
    }
}
