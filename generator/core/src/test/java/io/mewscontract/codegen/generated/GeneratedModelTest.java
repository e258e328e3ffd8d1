package io.mewscontract.codegen.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OpenEnum;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixture's generated records and open enums, compiled with javax.tools ({@code -Xlint:all -Werror}) and
 * run: wire fidelity (nothing lost on a round trip), exact types, open enums, builders and their messages.
 */
class GeneratedModelTest {

    private static final ObjectMapper CLIENT = JsonMappers.client();

    private static Class<?> model(String name) {
        return FixtureOutput.type("model." + name);
    }

    private static Object read(String type, String json) throws Exception {
        return CLIENT.readValue(json, model(type));
    }

    private static Object get(Object record, String accessor) throws Exception {
        return record.getClass().getMethod(accessor).invoke(record);
    }

    private static final String PAYMENT = """
            {"Id":"2d93962f-067f-45a6-b7c4-bc4b9d899456","Amount":{"Currency":"EUR","Value":18.49},\
            "State":"Refunded","CreatedUtc":"2023-10-01T11:48:57Z","IsRefund":false,\
            "ReceiptIdentifier":null,"Extra":{"Nested":[1,2.50,"x"]}}""";

    @Test
    void aResponseRoundTripsExactlyIncludingUnknownEnumValuesAndProperties() throws Exception {
        Object payment = read("Payment", PAYMENT);
        assertThat(CLIENT.writeValueAsString(payment)).isEqualTo(PAYMENT);
    }

    @Test
    void unknownEnumValuesAreKeptNotRejected() throws Exception {
        OpenEnum state = (OpenEnum) get(read("Payment", PAYMENT), "state");
        assertThat(state.value()).isEqualTo("Refunded");
        assertThat(state.isKnown()).isFalse();
        assertThat(get(state, "known")).hasToString("UNKNOWN");
        assertThat(state).hasToString("Refunded");
    }

    @ParameterizedTest
    @CsvSource({
        "Pending, pending",
        "Charged, charged",
        "Partially-Refunded, partially refunded",
        "Unknown, the documented value Unknown",
        "Refunded, not known yet: Refunded",
        "pending, not known yet: pending"
    })
    void userCodeSwitchesExhaustivelyOverKnownValues(String wire, String expected) throws Throwable {
        assertThat(Probes.call("OpenEnumProbe", "describe", wire)).isEqualTo(expected);
    }

    @Test
    void knownValuesAreTheConstants() throws Throwable {
        assertThat(Probes.call("OpenEnumProbe", "sameAsConstant", "Pending")).isEqualTo(true);
        Object unknown = model("PaymentState").getMethod("of", String.class).invoke(null, "Refunded");
        Object again = model("PaymentState").getMethod("of", String.class).invoke(null, "Refunded");
        assertThat(unknown).isEqualTo(again).hasSameHashCodeAs(again);
    }

    @Test
    void unknownPropertiesAreKeptInOrderOnResponses() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> unknown = (Map<String, Object>) get(read("Payment", PAYMENT), "additionalProperties");
        assertThat(unknown).containsOnlyKeys("ReceiptIdentifier", "Extra");
        assertThat(unknown.keySet()).containsExactly("ReceiptIdentifier", "Extra");
    }

    @Test
    void requestRecordsWriteAdditionalPropertiesButNeverReadThem() throws Exception {
        assertThat(Arrays.stream(model("PaymentParameters").getRecordComponents())
                        .map(RecordComponent::getName))
                .containsExactly(
                        "accountId", "amount", "kind", "description", "notes", "cardToken", "additionalProperties");
        java.lang.reflect.Method requestExtras = model("PaymentParameters").getMethod("additionalProperties");
        assertThat(requestExtras.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnyGetter.class))
                .isTrue();
        assertThat(requestExtras.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class))
                .as("never read: a strict server refuses undeclared properties")
                .isTrue();
        assertThat(requestExtras.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnySetter.class))
                .isFalse();
        java.lang.reflect.Method responseExtras = model("Payment").getMethod("additionalProperties");
        assertThat(responseExtras.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnySetter.class))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"18.49, 2", "0.1, 1", "10, 0", "10.40, 2", "1234567890.123456789, 9"})
    void moneyIsReadExactlyFromTheJsonText(String text, int scale) throws Exception {
        String json = "{\"Currency\":\"EUR\",\"Value\":" + text + "}";
        BigDecimal value = (BigDecimal) get(read("Money", json), "value");
        assertThat(value).isEqualTo(new BigDecimal(text));
        assertThat(value.scale()).isEqualTo(scale);
        assertThat(CLIENT.writeValueAsString(read("Money", json))).isEqualTo(json);
    }

    @ParameterizedTest
    @CsvSource({
        "2023-02-20T12:00:00Z, 2023-02-20T12:00:00Z",
        "2023-02-20T12:00:00.120Z, 2023-02-20T12:00:00.120Z",
        "2023-02-20T12:00:00.5Z, 2023-02-20T12:00:00.500Z",
        // Zero fractions carry no information an Instant keeps; the canonical form is written.
        "2023-02-20T12:00:00.000Z, 2023-02-20T12:00:00Z",
        "2023-02-20T13:00:00+01:00, 2023-02-20T12:00:00Z"
    })
    void instantsAreWrittenInTheCanonicalForm(String in, String out) throws Exception {
        Object interval = read("TimeInterval", "{\"StartUtc\":\"" + in + "\",\"EndUtc\":\"" + in + "\"}");
        assertThat(get(interval, "startUtc")).isEqualTo(Instant.parse(out));
        assertThat(CLIENT.writeValueAsString(interval))
                .isEqualTo("{\"StartUtc\":\"" + out + "\",\"EndUtc\":\"" + out + "\"}");
    }

    @Test
    void uuidsParseInEitherCase() throws Exception {
        Object upper = read("Customer", "{\"Id\":\"8466DFDD-0964-4002-8719-AFA900D0F1BA\",\"Name\":\"A\"}");
        Object lower = read("Customer", "{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\",\"Name\":\"A\"}");
        assertThat(get(upper, "id")).isEqualTo(UUID.fromString("8466dfdd-0964-4002-8719-afa900d0f1ba"));
        assertThat(upper).isEqualTo(lower);
    }

    @Test
    void optionalNullsAreOmittedRequiredNullsAreWritten() throws Exception {
        Object page = read("PaymentPage", "{\"Payments\":[],\"Cursor\":null}");
        assertThat(CLIENT.writeValueAsString(page)).isEqualTo("{\"Payments\":[],\"Cursor\":null}");
        Object customer =
                read("Customer", "{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\",\"Name\":\"A\",\"Email\":null}");
        assertThat(CLIENT.writeValueAsString(customer))
                .isEqualTo("{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\",\"Name\":\"A\"}");
    }

    @Test
    void missingRequiredValuesFailNamingTheProperty() {
        assertThatThrownBy(() -> read("Customer", "{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\"}"))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Missing required creator property 'Name'");
        assertThatThrownBy(() -> read("Customer", "{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\",\"Name\":null}"))
                .hasMessageContaining("name is required");
        assertThatThrownBy(() -> read("Payment", PAYMENT.replace("\"IsRefund\":false", "\"IsRefund\":null")))
                .hasMessageContaining("IsRefund");
    }

    @Test
    void listsAreUnmodifiableCopies() throws Exception {
        Object page = read("PaymentPage", "{\"Payments\":[],\"Cursor\":null}");
        assertThatThrownBy(() -> ((java.util.List<?>) get(page, "payments")).add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void buildersBuildAndNameWhatIsMissing() throws Throwable {
        Object payment = Probes.call("BuilderProbe", "payment", "Deposit", new BigDecimal("18.49"));
        assertThat(get(payment, "description")).isEqualTo("Deposit");
        assertThat(CLIENT.writeValueAsString(payment))
                .isEqualTo("{\"AccountId\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\","
                        + "\"Amount\":{\"Currency\":\"EUR\",\"Value\":18.49},\"Kind\":\"Card\",\"Description\":\"Deposit\","
                        + "\"CardToken\":\"tok_secret_4242\"}");
        assertThatThrownBy(() -> Probes.call("BuilderProbe", "withoutDescription"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("description is required");
        assertThatThrownBy(() -> Probes.call("BuilderProbe", "nullDescriptionThroughTheConstructor"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("description is required");
        assertThatThrownBy(() -> Probes.call("BuilderProbe", "limitationWithoutCount"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("count is required");
        Object withNotes = Probes.call("BuilderProbe", "withNotes", payment, "Internal");
        assertThat(get(withNotes, "notes")).isEqualTo("Internal");
        assertThat(get(withNotes, "description")).isEqualTo("Deposit");
    }

    @Test
    void secretsNeverAppearInToString() throws Throwable {
        Object payment = Probes.call("BuilderProbe", "payment", "Deposit", BigDecimal.ONE);
        assertThat(payment.toString())
                .doesNotContain("tok_secret_4242")
                .contains("cardToken=***", "description=Deposit");
    }
}
