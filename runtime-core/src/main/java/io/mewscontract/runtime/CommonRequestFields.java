package io.mewscontract.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields every Connector API request body carries (the spec's {@code x-mews-common-request} schema,
 * {@code ConnectorRequest}). A client takes them from its configuration, never from each call; a server receives
 * them in its request context. Generated request records leave them out; {@code RequestEnvelope} (in the
 * Jackson binding) joins the two.
 *
 * <p>Constraints on these fields ({@code LanguageCode} and {@code CultureCode} only together, non-empty tokens)
 * are checked by the generated {@code CommonRequestFieldsValidator}, which reads them from the spec.
 *
 * @param clientToken identifies the integration; a secret, redacted by {@link #toString()}
 * @param accessToken identifies the property or portfolio the integration may access; a secret, redacted by
 *     {@link #toString()}
 * @param client name and version of the calling application, e.g. {@code "Sample Client 1.0.0"}
 * @param languageCode language of texts in the response; takes effect only together with {@code cultureCode}
 * @param cultureCode culture for formatting texts in the response; takes effect only together with
 *     {@code languageCode}
 */
public record CommonRequestFields(
        @JsonProperty(value = "ClientToken", required = true)
        String clientToken,

        @JsonProperty(value = "AccessToken", required = true)
        String accessToken,

        @JsonProperty(value = "Client", required = true) String client,

        @JsonProperty("LanguageCode") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        String languageCode,

        @JsonProperty("CultureCode") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        String cultureCode) {

    /**
     * One common field as the wire has it: its name, whether every request must carry it (not {@code null}), and
     * whether it is a secret (never logged).
     */
    public record Field(String wireName, boolean required, boolean secret) {}

    /**
     * The common fields, in the order they are written: the one list of them. The generator refuses a spec whose
     * common request schema declares another field or requires one differently; the docs-to-spec drafter drafts
     * exactly these into {@code ConnectorRequest}. A field added here must be added to the record too
     * ({@code CommonRequestFieldsTest} holds the two together).
     */
    public static final java.util.List<Field> FIELDS = java.util.List.of(
            new Field("ClientToken", true, true),
            new Field("AccessToken", true, true),
            new Field("Client", true, false),
            new Field("LanguageCode", false, false),
            new Field("CultureCode", false, false));

    /** Fields that take effect only together: a request carries all of them or none. */
    public static final java.util.List<String> REQUIRED_TOGETHER = java.util.List.of("LanguageCode", "CultureCode");

    /** The wire names of these fields, in the order they are written. */
    public static final java.util.List<String> WIRE_NAMES =
            FIELDS.stream().map(Field::wireName).toList();

    public CommonRequestFields {
        Objects.requireNonNull(clientToken, "clientToken is required");
        Objects.requireNonNull(accessToken, "accessToken is required");
        Objects.requireNonNull(client, "client is required");
    }

    /** The three required fields, without language and culture. */
    public static CommonRequestFields of(String clientToken, String accessToken, String client) {
        return new CommonRequestFields(clientToken, accessToken, client, null, null);
    }

    /** A copy that asks for texts in the given language and culture (both, or neither, take effect). */
    public CommonRequestFields withLanguage(@Nullable String languageCode, @Nullable String cultureCode) {
        return new CommonRequestFields(clientToken, accessToken, client, languageCode, cultureCode);
    }

    /** Never prints the tokens: they are secrets, and {@code toString} ends up in logs. */
    @Override
    public String toString() {
        return "CommonRequestFields[clientToken=***, accessToken=***, client=" + client + ", languageCode="
                + languageCode + ", cultureCode=" + cultureCode + "]";
    }
}
