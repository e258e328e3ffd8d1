package io.mewscontract.sandbox.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.client.error.BadRequestException;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.http.RecordedExchange;
import io.mewscontract.sandbox.testing.Clients;
import io.mewscontract.sandbox.testing.PaymentRequestData;
import io.mewscontract.sandbox.testing.RawHttp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sending what the spec does not know yet: request records' additional properties go on the wire, and the sandbox
 * (strict, like the API towards what it does not know) refuses them, naming every one in one answer.
 */
class AdditionalPropertiesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ACCOUNT = UUID.fromString("8466dfdd-0964-4002-8719-afa900d0f1ba");

    private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
    private Sandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox =
                Sandbox.builder().noRateLimit().exchangeObserver(exchanges::add).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void additionalPropertiesAreWrittenOnTheWireAndTheServerNamesEveryUnknownOne() throws IOException {
        Instant preferred = Instant.parse("2030-01-02T03:04:05Z");
        PaymentRequestAddParameters add = PaymentRequestAddParameters.builder()
                .paymentRequests(List.of(PaymentRequestData.item(ACCOUNT, Instant.now())
                        .additionalProperty("WidgetCount", 3)
                        .additionalProperty("PreferredUtc", preferred)
                        .build()))
                .additionalProperty("GadgetMode", "Eager")
                .build();

        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> Clients.client(sandbox).paymentRequests().add(add));

        assertThat(refused.errorMessage())
                .isEqualTo(
                        "Unknown properties 'PaymentRequests[0].WidgetCount', 'PaymentRequests[0].PreferredUtc', 'GadgetMode'");
        // The recorder sees an exchange once its response is sent, possibly after the client has read it; closing
        // waits for every exchange in flight, its recording included.
        sandbox.close();
        assertThat(exchanges).singleElement().satisfies(exchange -> {
            JsonNode sent = JSON.readTree(exchange.requestBody());
            assertThat(sent.get("GadgetMode").asText()).isEqualTo("Eager");
            JsonNode item = sent.get("PaymentRequests").get(0);
            assertThat(item.get("WidgetCount").asInt()).isEqualTo(3);
            assertThat(item.get("PreferredUtc").asText())
                    .as("the client's wire form")
                    .isEqualTo("2030-01-02T03:04:05Z");
            assertThat(item.get("Description").asText())
                    .as("declared ones still there")
                    .isEqualTo("Payment required");
            assertThat(sent.has("additionalProperties"))
                    .as("the holder itself is not a property")
                    .isFalse();
        });
        assertThat(sandbox.paymentRequests().size()).as("nothing stored").isZero();
    }

    @Test
    void aPropertyNamedLikeTheHolderIsAsUnknownAsAnyOther() {
        HttpResponse<String> response = RawHttp.post(
                sandbox.baseUri(),
                "/api/connector/v1/paymentRequests/cancel",
                RawHttp.body("\"PaymentRequestIds\":[\"" + UUID.randomUUID() + "\"],"
                        + "\"additionalProperties\":{\"Sneaky\":1}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Unknown property 'additionalProperties'");
        assertThat(response.headers().firstValue("Request-Id")).isPresent();
    }

    @Test
    void aDeclaredNameCannotBeAddedAsAnAdditionalProperty() {
        IllegalArgumentException refused = catchThrowableOfType(
                IllegalArgumentException.class,
                () -> PaymentRequestData.item(ACCOUNT, Instant.now()).additionalProperty("Description", "twice"));

        assertThat(refused).hasMessageContaining("Description is a declared property of PaymentRequestParameters");
    }
}
