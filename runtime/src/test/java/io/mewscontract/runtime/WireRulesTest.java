package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire rules client, server and sandbox share: the error body and the {@code Prefer} header. */
class WireRulesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theErrorBodyIsWrittenWithAllThreeKeysInOrder() throws Exception {
        assertThat(json.writeValueAsString(new ErrorBody("Invalid Limitation", "r-1", null)))
                .isEqualTo("{\"Message\":\"Invalid Limitation\",\"RequestId\":\"r-1\",\"Details\":null}");
    }

    @Test
    void anErrorBodyIsReadLenientlyAndNothingItSaysIsLost() throws Exception {
        assertThat(ErrorBody.read(json.readTree(
                        "{\"Message\":\"m\",\"RequestId\":\"r\",\"Details\":{\"a\":1}," + "\"Extra\":true}")))
                .contains(new ErrorBody("m", "r", "{\"a\":1}"));
        assertThat(ErrorBody.read(json.readTree("{\"Message\":\"m\"}"))).contains(new ErrorBody("m", null, null));
    }

    @Test
    void aBodyWithoutATextMessageIsNotAnErrorBody() throws Exception {
        assertThat(ErrorBody.read(json.readTree("{\"Message\":3}"))).isEmpty();
        assertThat(ErrorBody.read(json.readTree("{\"message\":\"lower case\"}")))
                .isEmpty();
        assertThat(ErrorBody.read(json.readTree("[\"Message\"]"))).isEmpty();
        assertThat(ErrorBody.read(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "return=minimal",
                "RETURN=Minimal",
                "return=\"minimal\"",
                "wait=5, return=minimal",
                "return=minimal; foo=bar",
                "respond-async,return=minimal"
            })
    void preferReturnMinimalIsRecognisedInEveryForm(String header) {
        assertThat(WireHeaders.asksForMinimal(List.of(header))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "return=representation",
                "return=representation, return=minimal",
                "minimal",
                "returns=minimal",
                ""
            })
    void otherPreferencesAreNotMinimal(String header) {
        assertThat(WireHeaders.asksForMinimal(List.of(header))).isFalse();
    }

    @Test
    void theFirstReturnAcrossHeaderLinesCounts() {
        assertThat(WireHeaders.asksForMinimal(List.of("wait=1", "return=minimal")))
                .isTrue();
        assertThat(WireHeaders.asksForMinimal(List.of("return=representation", "return=minimal")))
                .isFalse();
    }
}
