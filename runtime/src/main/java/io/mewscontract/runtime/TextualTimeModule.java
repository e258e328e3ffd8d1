package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.jspecify.annotations.NullMarked;

/**
 * Makes every {@code java.time} value readable from a JSON string only. jsr310's deserializers also accept a
 * number as an epoch timestamp ({@code "ExpirationUtc": 1700000000}) and an array as a date
 * ({@code [2023, 2, 20]}), whatever the coercion settings; the Connector API writes every date and time as
 * ISO 8601 text, so a strict reader refuses anything else, naming the expected type.
 */
@NullMarked
final class TextualTimeModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    TextualTimeModule() {
        super("mews-textual-java-time");
        setDeserializerModifier(new TimeAsTextOnly());
    }

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
