package io.mewscontract.runtime.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Makes every {@code java.time} value readable from a JSON string only: Jackson's own deserializers also accept a
 * number as an epoch timestamp and an array as a date, whatever the coercion settings; the Connector API writes every
 * date and time as ISO 8601 text, so a strict reader refuses anything else, naming the expected type.
 */
final class TextualTimeModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    TextualTimeModule() {
        super("mews-textual-java-time");
        setDeserializerModifier(new TimeAsTextOnly());
    }

    private static final class TimeAsTextOnly extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return JavaTime.isJavaTime(type) ? new TextOnly(deserializer, type) : deserializer;
        }
    }

    private static final class TextOnly extends DelegatingDeserializer {
        private final Class<?> type;

        TextOnly(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new TextOnly(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                // Reports a MismatchedInputException whose target type names what was expected.
                return context.handleUnexpectedToken(type, parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
