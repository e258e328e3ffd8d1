package io.mewscontract.runtime;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Joins the common fields and an operation's own request record into one JSON body (client side), and splits a
 * body back into both (server side). On the wire a request is one flat object: the common fields first, then
 * the operation's own properties.
 */
@NullMarked
public final class RequestEnvelope {
    private RequestEnvelope() {}

    /** A request body split into its common fields and the operation's own request. */
    public record Split<Q>(CommonRequestFields commonFields, Q request) {
        public Split {
            Objects.requireNonNull(commonFields, "commonFields is required");
            Objects.requireNonNull(request, "request is required");
        }
    }

    /**
     * The request body: {@code common}'s fields followed by {@code request}'s.
     *
     * @throws IllegalArgumentException if {@code request} does not serialize to a JSON object, or writes a common
     *     field itself (generated request records never do)
     */
    public static ObjectNode merge(ObjectMapper mapper, CommonRequestFields common, Object request) {
        ObjectNode body = mapper.valueToTree(common);
        JsonNode own = mapper.valueToTree(request);
        if (!own.isObject()) {
            throw new IllegalArgumentException("A request must serialize to a JSON object, "
                    + request.getClass().getName() + " does not");
        }
        for (Map.Entry<String, JsonNode> field : own.properties()) {
            if (CommonRequestFields.WIRE_NAMES.contains(field.getKey())) {
                throw new IllegalArgumentException(request.getClass().getName() + " writes the common field "
                        + field.getKey() + "; common fields come from CommonRequestFields only");
            }
            body.set(field.getKey(), field.getValue());
        }
        return body;
    }

    /**
     * Reads a request body and splits it. Use {@link JsonMappers#server()}: it rejects duplicate keys, trailing
     * tokens and unknown properties while reading.
     *
     * @throws IOException if the body is not a JSON object, or either part does not match its type
     */
    public static <Q> Split<Q> split(ObjectMapper mapper, byte[] body, Class<Q> requestType) throws IOException {
        return split(mapper, mapper.readTree(body), requestType);
    }

    /**
     * Splits an already parsed request body.
     *
     * @throws IOException if the body is not a JSON object, or either part does not match its type
     */
    public static <Q> Split<Q> split(ObjectMapper mapper, JsonNode body, Class<Q> requestType) throws IOException {
        return split(mapper, body, mapper.readerFor(requestType));
    }

    /**
     * Splits an already parsed request body, binding the operation's part with {@code requestReader} (made once with
     * {@code mapper.readerFor(requestType)}: a server keeps one per operation, so that no request resolves its type
     * again).
     *
     * @throws IOException if the body is not a JSON object, or either part does not match its type
     */
    public static <Q> Split<Q> split(ObjectMapper mapper, JsonNode body, ObjectReader requestReader)
            throws IOException {
        if (body == null || !body.isObject()) {
            throw new JsonMappingException(null, "The request body must be a JSON object");
        }
        // The operation's own part is a copy without the common fields; the common fields are read from the body
        // itself (only they are looked up there), and copied out only for Jackson when they are not plain text.
        ObjectNode own = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!COMMON_NAMES.contains(field.getKey())) {
                own.set(field.getKey(), field.getValue());
            }
        }
        @Nullable CommonRequestFields plain = plainCommonFields(body);
        return new Split<>(
                plain != null ? plain : mapper.treeToValue(commonPart(mapper, body), CommonRequestFields.class),
                requestReader.readValue(own));
    }

    private static final Set<String> COMMON_NAMES = Set.copyOf(CommonRequestFields.WIRE_NAMES);

    private static ObjectNode commonPart(ObjectMapper mapper, JsonNode body) {
        ObjectNode common = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (COMMON_NAMES.contains(field.getKey())) {
                common.set(field.getKey(), field.getValue());
            }
        }
        return common;
    }

    /**
     * The common fields read directly when every one is plain text (or an absent or {@code null} optional one),
     * as on nearly every request: binding five strings through Jackson costs more than the rest of a small request.
     * Anything else ({@code null}, a number, a missing required field, an unknown property) is left to Jackson,
     * which names the problem; the result is the same either way.
     */
    private static @Nullable CommonRequestFields plainCommonFields(JsonNode body) {
        @Nullable String clientToken = text(body.get("ClientToken"));
        @Nullable String accessToken = text(body.get("AccessToken"));
        @Nullable String client = text(body.get("Client"));
        @Nullable JsonNode languageCode = body.get("LanguageCode");
        @Nullable JsonNode cultureCode = body.get("CultureCode");
        if (clientToken == null
                || accessToken == null
                || client == null
                || !optionalText(languageCode)
                || !optionalText(cultureCode)) {
            return null;
        }
        return new CommonRequestFields(clientToken, accessToken, client, text(languageCode), text(cultureCode));
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static boolean optionalText(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isTextual();
    }
}
