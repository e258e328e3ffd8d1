package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    record Sample(
            @JsonProperty("Name") String name,
            @JsonProperty("At") Instant at,
            @JsonProperty("Value") BigDecimal value) {}

    private final ObjectMapper server = JsonMappers.server();
    private final ObjectMapper client = JsonMappers.client();

    @Test
    void theServerReadsTheWireFormat() throws Exception {
        Sample sample =
                server.readValue("{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00.000Z\",\"Value\":18.49}", Sample.class);

        assertThat(sample.at()).isEqualTo(Instant.parse("2023-02-20T12:00:00Z"));
        assertThat(sample.value()).isEqualByComparingTo("18.49").hasToString("18.49");
    }

    @Test
    void theServerRefusesANumberOrABooleanForAString() {
        assertThatThrownBy(() ->
                        server.readValue("{\"Name\":5,\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Name");
        assertThatThrownBy(() ->
                        server.readValue("{\"Name\":true,\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Name");
    }

    @Test
    void theServerRefusesAnEpochNumberOrAnArrayForADateTime() {
        assertThatThrownBy(() -> server.readValue("{\"Name\":\"x\",\"At\":1700000000,\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Instant");
        assertThatThrownBy(() -> server.readValue("{\"Name\":\"x\",\"At\":[2023,2,20],\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Instant");
    }

    @Test
    void theClientStaysLiberalAboutPropertiesItDoesNotKnow() throws Exception {
        Sample sample = client.readValue(
                "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":0.1,\"New\":1}", Sample.class);

        assertThat(sample.value()).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(client.writeValueAsString(sample))
                .contains("\"At\":\"2023-02-20T12:00:00Z\"")
                .contains("\"Value\":0.1");
    }

    @Test
    void bothMappersRefuseANumberThatCouldNotBeWrittenBackNamingTheProperty() {
        for (ObjectMapper mapper : new ObjectMapper[] {server, client}) {
            for (String number : new String[] {"1e10000", "-1e-1001", "1e2147483648", "1e-2147483649"}) {
                assertThatThrownBy(() -> mapper.readValue(
                                "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":" + number + "}",
                                Sample.class))
                        .as(number)
                        .isInstanceOfSatisfying(ValueOutOfRangeException.class, e -> {
                            assertThat(e.reason()).isEqualTo("number out of range");
                            assertThat(e.getPath())
                                    .extracting(r -> r.getFieldName())
                                    .containsExactly("Value");
                        });
            }
        }
    }

    @Test
    void aTreeRefusesTheSameNumbersWithThePathWhereTheParserStopped() {
        for (String number : new String[] {"1e10000", "1e2147483648"}) {
            assertThatThrownBy(() -> server.readTree("{\"A\":[{\"B\":1},{\"B\":" + number + "}]}"))
                    .as(number)
                    .isInstanceOfSatisfying(
                            ValueOutOfRangeException.class,
                            e -> assertThat(e.getPath())
                                    .extracting(
                                            r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                                    .containsExactly("A", "[1]", "B"));
        }
    }

    @Test
    void theLongestWritableNumbersAreReadAndWrittenBack() throws Exception {
        String longest = "9".repeat(JsonBounds.MAX_PLAIN_NUMBER_LENGTH);
        Sample sample = server.readValue(
                "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":" + longest + "}", Sample.class);
        assertThat(server.writeValueAsString(sample)).contains(longest);
        assertThat(server.readTree("{\"V\":1e999}").get("V").decimalValue()).isEqualByComparingTo("1e999");
        assertThat(JsonBounds.isWritable(new BigDecimal("1e1000"))).isFalse();
        assertThat(JsonBounds.isWritable(new BigDecimal("-0." + "1".repeat(997))))
                .isTrue();
        assertThat(JsonBounds.isWritable(new BigDecimal("-0." + "1".repeat(998))))
                .isFalse();
    }

    @Test
    void theServerRefusesDatesOutsideTheYearsOneTo9999() throws Exception {
        for (String at :
                new String[] {"+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z"}) {
            String body = "{\"Name\":\"x\",\"At\":\"" + at + "\",\"Value\":1}";
            assertThatThrownBy(() -> server.readValue(body, Sample.class))
                    .as(at)
                    .isInstanceOfSatisfying(ValueOutOfRangeException.class, e -> {
                        assertThat(e.reason()).isEqualTo("date out of range (years 1 to 9999)");
                        assertThat(e.getPath())
                                .extracting(r -> r.getFieldName())
                                .containsExactly("At");
                    });
            assertThat(client.readValue(body, Sample.class).at())
                    .as("the client stays liberal")
                    .isNotNull();
        }
        assertThat(server.readValue(
                                "{\"Name\":\"x\",\"At\":\"9999-12-31T23:59:59.9999999Z\",\"Value\":1}", Sample.class)
                        .at())
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.9999999Z"));
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
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class)
                .hasMessageContaining("\"Extra\"");
        assertThatThrownBy(() -> JsonMappers.server()
                        .readValue("{\"Name\": \"a\", \"additionalProperties\": {\"X\": 1}}", Shared.class))
                .as("nor is the collecting component a property a caller may send")
                .isInstanceOf(com.fasterxml.jackson.databind.exc.IgnoredPropertyException.class);
        assertThat(JsonMappers.server().readValue("{\"Name\": \"a\"}", Shared.class))
                .isEqualTo(new Shared("a", java.util.Map.of()));
    }
}
