package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mappers' faster readers and writers of instants, open enums and decimals give what Jackson's own do: the
 * same instant for every form, the same open enum value, the same plain decimal text.
 */
class WireValueReadersTest {
    private final ObjectMapper client = JsonMappers.client();
    private final ObjectMapper server = JsonMappers.server();
    private final ObjectMapper standard =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-10-01T11:48:57Z",
                "2023-10-01T11:48:57.1Z",
                "2023-10-01T11:48:57.120Z",
                "2023-10-01T11:48:57.123456789Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "2024-02-29T23:59:59Z",
                "1969-12-31T23:59:59.5Z",
                // Not the fast path's form: the standard reader's answer.
                "2023-10-01T11:48:57+02:00",
                "2023-12-31T23:59:60Z",
                "2023-10-01t11:48:57z",
            })
    void bothMappersReadEveryFormAsJacksonDoes(String text) throws Exception {
        Instant expected = standard.readValue('"' + text + '"', Instant.class);

        assertThat(client.readValue('"' + text + '"', Instant.class)).isEqualTo(expected);
        assertThat(server.readValue('"' + text + '"', Instant.class)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-10-01T11:48:57Z",
                "2023-10-01T11:48:57.100Z",
                "2023-10-01T11:48:57.000120Z",
                "2023-10-01T11:48:57.000000001Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "1969-12-31T23:59:59.500Z",
                "2024-02-29T00:00:00Z",
                "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59Z",
            })
    void bothMappersWriteEveryInstantAsJacksonDoes(String text) throws Exception {
        Instant instant = Instant.parse(text);
        String expected = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build()
                .writeValueAsString(instant);

        assertThat(expected).isEqualTo('"' + text + '"');
        assertThat(client.writeValueAsString(instant)).isEqualTo(expected);
        assertThat(server.writeValueAsString(List.of(instant))).isEqualTo("[" + expected + "]");
        char[] buffer = new char[30];
        if (text.length() <= 30 && !text.startsWith("+") && !text.startsWith("-")) { // the fast path's years
            int length = UtcInstantSerializer.format(instant.getEpochSecond(), instant.getNano(), buffer);
            assertThat(new String(buffer, 0, length)).isEqualTo(text);
        }
    }

    @Test
    void theFastPathReadsTheWireFormOnlyAndLeavesTheRestToJackson() {
        assertThat(UtcInstantDeserializer.parse("2023-10-01T11:48:57.5Z")).isEqualTo("2023-10-01T11:48:57.500Z");
        for (String other : List.of(
                "2023-10-01T11:48:57+02:00",
                "2023-12-31T23:59:60Z",
                "2023-02-29T00:00:00Z",
                "2023-13-01T00:00:00Z",
                "2023-10-01T24:00:00Z",
                "2023-10-01T11:48:57.Z",
                "2023-10-01T11:48:57.1234567890Z",
                "2023-1O-01T11:48:57Z",
                "+2023-10-01T11:48:57Z",
                "")) {
            assertThat(UtcInstantDeserializer.parse(other)).as(other).isNull();
        }
    }

    @Test
    void anImpossibleDateFailsAsBefore() throws Exception {
        assertThatThrownBy(() -> client.readValue("\"2023-02-29T00:00:00Z\"", Instant.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("Instant");
        assertThatThrownBy(() -> client.readValue("\"2023-10-01T11:48Z\"", Instant.class))
                .isInstanceOf(InvalidFormatException.class);
        // The server's range check still applies to what the fast path reads.
        assertThat(client.readValue("\"0000-01-01T00:00:00Z\"", Instant.class)).isEqualTo("0000-01-01T00:00:00Z");
        assertThatThrownBy(() -> server.readValue("\"0000-01-01T00:00:00Z\"", Instant.class))
                .isInstanceOf(ValueOutOfRangeException.class);
        assertThatThrownBy(() -> server.readValue("1700000000", Instant.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Instant");
    }

    /** An open enum shaped as the generator writes them. */
    public static final class Color implements OpenEnum {
        public static final Color RED = new Color("Red");
        private final String value;

        private Color(String value) {
            this.value = value;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Color of(String value) {
            return value.equals("Red") ? RED : new Color(value);
        }

        @Override
        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public boolean isKnown() {
            return this == RED;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Color that && value.equals(that.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    @Test
    void openEnumsReadAndWriteAsTheirAnnotationsSay() throws Exception {
        for (ObjectMapper mapper : List.of(client, server, standard)) {
            assertThat(mapper.readValue("\"Red\"", Color.class)).isSameAs(Color.RED);
            Color teal = mapper.readValue("\"Teal\"", Color.class);
            assertThat(teal.isKnown()).isFalse();
            assertThat(mapper.writeValueAsString(List.of(teal, Color.RED))).isEqualTo("[\"Teal\",\"Red\"]");
        }
        // Not a plain string: the annotated reader and the server's coercion rules, as before.
        assertThat(server.readValue("\"\"", Color.class)).isEqualTo(standard.readValue("\"\"", Color.class));
        assertThatThrownBy(() -> server.readValue("5", Color.class)).isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.49", "10.00", "0", "1E+3", "-0.000001", "0.00000001", "123456789.123456789"})
    void decimalsAreWrittenPlain(String decimal) throws Exception {
        BigDecimal value = new BigDecimal(decimal);

        assertThat(client.writeValueAsString(value)).isEqualTo(value.toPlainString());
        assertThat(server.writeValueAsString(List.of(value))).isEqualTo("[" + value.toPlainString() + "]");
    }
}
