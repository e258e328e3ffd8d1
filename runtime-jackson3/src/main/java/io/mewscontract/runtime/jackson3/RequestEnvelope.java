package io.mewscontract.runtime.jackson3;

import io.mewscontract.runtime.CommonRequestFields;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Joins the common fields and an operation's own request record into one JSON body (client side), and splits a
 * body back into both (server side), as the Jackson 2 binding's {@code io.mewscontract.runtime.RequestEnvelope}
 * does. On the wire a request is one flat object: the common fields first, then the operation's own properties.
 */
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
     * @throws tools.jackson.core.JacksonException if the body is not a JSON object, or either part does not match
     *     its type
     */
    public static <Q> Split<Q> split(ObjectMapper mapper, byte[] body, Class<Q> requestType) {
        return split(mapper, mapper.readTree(body), requestType);
    }

    /**
     * Splits an already parsed request body.
     *
     * @throws tools.jackson.core.JacksonException if the body is not a JSON object, or either part does not match
     *     its type
     */
    public static <Q> Split<Q> split(ObjectMapper mapper, @Nullable JsonNode body, Class<Q> requestType) {
        if (body == null || !body.isObject()) {
            throw DatabindException.from((JsonParser) null, "The request body must be a JSON object");
        }
        ObjectNode common = mapper.createObjectNode();
        ObjectNode own = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            ObjectNode target = CommonRequestFields.WIRE_NAMES.contains(field.getKey()) ? common : own;
            target.set(field.getKey(), field.getValue());
        }
        return new Split<>(mapper.treeToValue(common, CommonRequestFields.class), mapper.treeToValue(own, requestType));
    }
}
