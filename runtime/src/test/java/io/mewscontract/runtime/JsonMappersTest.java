package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    record Sample(@JsonProperty("Name") String name, @JsonProperty("At") Instant at, @JsonProperty("Value") BigDecimal value) {
    }

    private final ObjectMapper server = JsonMappers.server();
    private final ObjectMapper client = JsonMappers.client();

    @Test
    void theServerReadsTheWireFormat() throws Exception {
        Sample sample = server.readValue("{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00.000Z\",\"Value\":18.49}", Sample.class);

        assertThat(sample.at()).isEqualTo(Instant.parse("2023-02-20T12:00:00Z"));
        assertThat(sample.value()).isEqualByComparingTo("18.49").hasToString("18.49");
    }

    @Test
    void theServerRefusesANumberOrABooleanForAString() {
        assertThatThrownBy(() -> server.readValue("{\"Name\":5,\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Name");
        assertThatThrownBy(() -> server.readValue("{\"Name\":true,\"At\":\"2023-02-20T12:00:00Z\",\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Name");
    }

    @Test
    void theServerRefusesAnEpochNumberOrAnArrayForADateTime() {
        assertThatThrownBy(() -> server.readValue("{\"Name\":\"x\",\"At\":1700000000,\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Instant");
        assertThatThrownBy(() -> server.readValue("{\"Name\":\"x\",\"At\":[2023,2,20],\"Value\":1}", Sample.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Instant");
    }

    @Test
    void theClientStaysLiberalAboutPropertiesItDoesNotKnow() throws Exception {
        Sample sample = client.readValue(
                "{\"Name\":\"x\",\"At\":\"2023-02-20T12:00:00Z\",\"Value\":0.1,\"New\":1}", Sample.class);

        assertThat(sample.value()).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(client.writeValueAsString(sample)).contains("\"At\":\"2023-02-20T12:00:00Z\"").contains("\"Value\":0.1");
    }
}
