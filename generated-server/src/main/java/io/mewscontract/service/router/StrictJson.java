package io.mewscontract.service.router;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.mewscontract.runtime.JsonMappers;
import java.io.IOException;

/**
 * The mapper the router reads requests with: {@link JsonMappers#server()}, closed where Jackson still converts a
 * value of the wrong JSON type even with scalar coercion disabled.
 * <ul>
 *   <li>a number or boolean where a string belongs ({@code "ClientToken": 5}) is refused, not read as
 *       {@code "5"};
 *   <li>a {@code java.time} value must be a JSON string: a number is not an epoch timestamp
 *       ({@code "ExpirationUtc": 1700000000}) and an array is not a date ({@code [2023, 2, 20]}); the Connector
 *       API writes every date and time as ISO 8601 text.
 * </ul>
 */
final class StrictJson {
    private StrictJson() {}

    static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMappers.server();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("mews-strict-java-time").setDeserializerModifier(new TimeAsTextOnly()));
        return mapper;
    }

    /** Wraps the deserializer of every {@code java.time} type so it sees string tokens only. */
    private static final class TimeAsTextOnly extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Package owner = description.getBeanClass().getPackage();
            return owner != null && owner.getName().equals("java.time")
                    ? new TextOnly(deserializer, description.getBeanClass())
                    : deserializer;
        }
    }

    private static final class TextOnly extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final Class<?> type;

        TextOnly(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new TextOnly(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                // Reports a MismatchedInputException whose target type names what was expected.
                return context.handleUnexpectedToken(type, parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
