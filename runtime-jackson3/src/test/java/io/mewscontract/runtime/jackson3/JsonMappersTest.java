package io.mewscontract.runtime.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.JsonBounds;
import io.mewscontract.runtime.Update;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The Jackson 3 mappers hold the same wire rules as the Jackson 2 binding's (runtime's JsonMappersTest). */
class JsonMappersTest {

    record Sample(
            @JsonProperty("Name") String name,
            @JsonProperty("At") Instant at,
            @JsonProperty("Value") BigDecimal value) {}

    record Edit(
            @JsonProperty("Zeta") String zeta,
            @JsonProperty("Alpha") Update<String> alpha) {}

    private final ObjectMapper server = JsonMappers.server();
    private final ObjectMapper client = JsonMappers.client();

    @Test
    void bothWriteTheWireFormatInDeclarationOrder() {
        Sample sample = new Sample("x", Instant.parse("2023-02-20T12:00:00Z"), new BigDecimal("1E+1"));
        String expected = "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":10}";
        assertThat(server.writeValueAsString(sample)).isEqualTo(expected);
        assertThat(client.writeValueAsString(sample)).isEqualTo(expected);
    }

    @Test
    void decimalsAreReadExactlyAndKeepTheirZerosInTrees() {
        Sample sample =
                server.readValue("{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00.000Z\",\"Value\":18.490}", Sample.class);
        assertThat(sample.value()).hasToString("18.490");
        assertThat(client.readTree("{\"V\":1.10}").toString()).isEqualTo("{\"V\":1.10}");
    }

    @Test
    void theServerIsStrictTheClientLiberal() {
        String unknown = "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1,\"New\":1}";
        assertThatThrownBy(() -> server.readValue(unknown, Sample.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("New");
        assertThat(client.readValue(unknown, Sample.class).name()).isEqualTo("x");
        assertThatThrownBy(() ->
                        server.readValue("{\"Name\":5,\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Name");
        assertThatThrownBy(() -> server.readValue("{\"Name\":\"x\",\"At\":1700000000,\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Instant");
        assertThatThrownBy(() -> server.readTree("{\"A\":1,\"A\":2}")).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> server.readValue(
                        "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1} 2", Sample.class))
                .hasMessageContaining("Trailing token");
    }

    @Test
    void numbersAndDatesOutOfBoundsAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> client.readValue(
                        "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1e10000}", Sample.class))
                .isInstanceOfSatisfying(ValueOutOfRangeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(JsonBounds.NUMBER_OUT_OF_RANGE);
                    assertThat(e.getPath()).extracting(r -> r.getPropertyName()).containsExactly("Value");
                });
        assertThatThrownBy(() -> server.readTree("{\"A\":[{\"B\":1},{\"B\":1e10000}]}"))
                .isInstanceOfSatisfying(
                        ValueOutOfRangeException.class,
                        e -> assertThat(e.getPath())
                                .extracting(r ->
                                        r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                                .containsExactly("A", "[1]", "B"));
        String farFuture = "{\"Name\":\"x\",\"At\":\"+10000-01-01T00:00:00Z\",\"Value\":1}";
        assertThatThrownBy(() -> server.readValue(farFuture, Sample.class))
                .isInstanceOfSatisfying(
                        ValueOutOfRangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(JsonBounds.DATE_OUT_OF_RANGE));
        assertThat(client.readValue(farFuture, Sample.class).at())
                .as("the client stays liberal")
                .isNotNull();
    }

    @Test
    void updatesKeepTheirThreeIntentions() {
        assertThat(client.writeValueAsString(new Edit("z", Update.set("a"))))
                .isEqualTo("{\"Zeta\":\"z\",\"Alpha\":{\"Value\":\"a\"}}");
        assertThat(client.writeValueAsString(new Edit("z", Update.clear())))
                .isEqualTo("{\"Zeta\":\"z\",\"Alpha\":{\"Value\":null}}");
        assertThat(client.readValue("{\"Zeta\":\"z\",\"Alpha\":{\"Value\":\"a\"}}", Edit.class)
                        .alpha())
                .isEqualTo(Update.set("a"));
        assertThat(client.readValue("{\"Zeta\":\"z\",\"Alpha\":{\"Value\":null}}", Edit.class)
                        .alpha())
                .isEqualTo(Update.clear());
        assertThat(client.readValue("{\"Zeta\":\"z\"}", Edit.class).alpha()).isEqualTo(Update.unchanged());
    }

    @Test
    void theEnvelopeJoinsAndSplitsTheCommonFields() {
        CommonRequestFields common = CommonRequestFields.of("ct", "at", "Client 1.0");
        JsonNode body = RequestEnvelope.merge(client, common, new Sample("x", Instant.EPOCH, BigDecimal.ONE));
        assertThat(List.copyOf(body.propertyNames()))
                .containsExactly("ClientToken", "AccessToken", "Client", "Name", "At", "Value");
        RequestEnvelope.Split<Sample> split = RequestEnvelope.split(
                server, body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), Sample.class);
        assertThat(split.commonFields()).isEqualTo(common);
        assertThat(split.request().name()).isEqualTo("x");
        assertThatThrownBy(() -> RequestEnvelope.split(server, client.readTree("[1]"), Sample.class))
                .hasMessageContaining("must be a JSON object");
    }

    /** A record used in requests and responses, generated like a response record: it collects unknown properties. */
    record Shared(
            @JsonProperty(value = "Name", required = true) String name,
            @JsonAnySetter @JsonAnyGetter java.util.Map<String, Object> additionalProperties) {
        Shared {
            additionalProperties =
                    additionalProperties == null ? java.util.Map.of() : java.util.Map.copyOf(additionalProperties);
        }
    }

    @Test
    void aSharedRecordKeepsUnknownPropertiesForClientsAndRefusesThemOnServers() throws Exception {
        String extra = "{\"Name\": \"a\", \"Extra\": 1}";
        assertThat(JsonMappers.client().readValue(extra, Shared.class).additionalProperties())
                .containsOnlyKeys("Extra");
        assertThatThrownBy(() -> JsonMappers.server().readValue(extra, Shared.class))
                .isInstanceOf(tools.jackson.databind.exc.UnrecognizedPropertyException.class)
                .hasMessageContaining("\"Extra\"");
        assertThatThrownBy(() -> JsonMappers.server()
                        .readValue("{\"Name\": \"a\", \"additionalProperties\": {\"X\": 1}}", Shared.class))
                .as("nor is the collecting component a property a caller may send")
                .isInstanceOf(tools.jackson.databind.exc.IgnoredPropertyException.class);
        assertThat(JsonMappers.server().readValue("{\"Name\": \"a\"}", Shared.class))
                .isEqualTo(new Shared("a", java.util.Map.of()));
    }
}
