package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RequestEnvelopeTest {

    record Add(
            @JsonProperty(value = "AccountIds", required = true)
            List<UUID> accountIds,

            @JsonProperty(value = "Value", required = true) BigDecimal value,

            @JsonProperty("ExpirationUtc") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Instant expirationUtc) {}

    private static final CommonRequestFields COMMON =
            CommonRequestFields.of("client-token", "access-token", "Sample Client 1.0.0");

    private final ObjectMapper client = JsonMappers.client();
    private final ObjectMapper server = JsonMappers.server();

    @Test
    void mergeWritesCommonFieldsFirstThenTheOperationsOwn() throws IOException {
        Add add = new Add(
                List.of(UUID.fromString("8466DFDD-0964-4002-8719-AFA900D0F1BA")),
                new BigDecimal("18.49"),
                Instant.parse("2023-02-20T12:00:00.120Z"));
        String body = client.writeValueAsString(RequestEnvelope.merge(client, COMMON, add));
        assertThat(body)
                .isEqualTo("{\"ClientToken\":\"client-token\",\"AccessToken\":\"access-token\","
                        + "\"Client\":\"Sample Client 1.0.0\",\"AccountIds\":[\"8466dfdd-0964-4002-8719-afa900d0f1ba\"],"
                        + "\"Value\":18.49,\"ExpirationUtc\":\"2023-02-20T12:00:00.120Z\"}");
    }

    @Test
    void splitReturnsBothPartsExactly() throws IOException {
        String body = "{\"ClientToken\":\"c\",\"AccessToken\":\"a\",\"Client\":\"x 1.0\",\"LanguageCode\":\"en\","
                + "\"CultureCode\":\"en-US\",\"AccountIds\":[],\"Value\":0.1}";
        RequestEnvelope.Split<Add> split =
                RequestEnvelope.split(server, body.getBytes(StandardCharsets.UTF_8), Add.class);
        assertThat(split.commonFields()).isEqualTo(new CommonRequestFields("c", "a", "x 1.0", "en", "en-US"));
        assertThat(split.request().value()).isEqualByComparingTo("0.1").hasToString("0.1");
        assertThat(split.request().expirationUtc()).isNull();
    }

    @Test
    void serverRejectsDuplicateKeysTrailingTokensAndUnknownProperties() {
        String common = "\"ClientToken\":\"c\",\"AccessToken\":\"a\",\"Client\":\"x\",";
        assertThatThrownBy(() -> split(server, "{" + common + "\"AccountIds\":[],\"Value\":1,\"Value\":2}"))
                .hasMessageContaining("Duplicate field 'Value'");
        assertThatThrownBy(() -> split(server, "{" + common + "\"AccountIds\":[],\"Value\":1} {}"))
                .hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> split(server, "{" + common + "\"AccountIds\":[],\"Value\":1,\"Extra\":1}"))
                .hasMessageContaining("Extra");
        assertThatThrownBy(() -> split(server, "{" + common + "\"AccountIds\":[],\"Value\":1,}"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> split(server, "[]")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(
                        () -> split(server, "{\"AccessToken\":\"a\",\"Client\":\"x\",\"AccountIds\":[],\"Value\":1}"))
                .hasMessageContaining("ClientToken");
    }

    @Test
    void clientIgnoresUnknownProperties() throws IOException {
        String common = "\"ClientToken\":\"c\",\"AccessToken\":\"a\",\"Client\":\"x\",";
        assertThat(split(client, "{" + common + "\"AccountIds\":[],\"Value\":1,\"Extra\":1}")
                        .request()
                        .value())
                .isEqualByComparingTo("1");
    }

    @Test
    void commonFieldsNeverPrintTokens() {
        assertThat(COMMON.toString())
                .doesNotContain("client-token", "access-token")
                .contains("Sample Client 1.0.0");
    }

    private static RequestEnvelope.Split<Add> split(ObjectMapper mapper, String body) throws IOException {
        return RequestEnvelope.split(mapper, body.getBytes(StandardCharsets.UTF_8), Add.class);
    }
}
