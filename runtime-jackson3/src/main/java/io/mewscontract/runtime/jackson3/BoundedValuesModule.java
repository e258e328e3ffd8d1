package io.mewscontract.runtime.jackson3;

import io.mewscontract.runtime.JsonBounds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ValueNode;

/**
 * Applies {@link JsonBounds} while reading, as the Jackson 2 binding does: to every {@link BigDecimal} bound into a
 * record, to every decimal in a {@link JsonNode} tree (records keep unknown properties as trees), and, when asked,
 * to every {@code java.time} value. A number whose exponent overflows becomes a {@link ValueOutOfRangeException}
 * too, with the path of the property where the parser stopped.
 */
final class BoundedValuesModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    BoundedValuesModule(boolean boundDates) {
        super("mews-bounded-values");
        addDeserializer(BigDecimal.class, new BoundedDecimal());
        addDeserializer(JsonNode.class, new BoundedTree());
        if (boundDates) {
            setDeserializerModifier(new DatesInRange());
        }
    }

    /** The node factory the mappers use: refuses a decimal node that could not be written back. */
    static final class BoundedNodeFactory extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueNode numberNode(@Nullable BigDecimal value) {
            if (value != null && !JsonBounds.isWritable(value)) {
                throw new OutOfRangeInTree();
            }
            return super.numberNode(value);
        }
    }

    /** Thrown by the factory, deep inside Jackson's tree reader; {@link BoundedTree} turns it into the real error. */
    private static final class OutOfRangeInTree extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfRangeInTree() {
            super(JsonBounds.NUMBER_OUT_OF_RANGE, null, false, false);
        }
    }

    private static final class BoundedDecimal extends StdDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public @Nullable BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            BigDecimal value;
            try {
                value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            } catch (NumberFormatException | ArithmeticException overflow) {
                throw outOfRange(parser, BigDecimal.class);
            } catch (DatabindException wrapped) {
                if (wrapped.getCause() instanceof NumberFormatException) {
                    throw outOfRange(parser, BigDecimal.class);
                }
                throw wrapped;
            }
            if (value != null && !JsonBounds.isWritable(value)) {
                throw outOfRange(parser, BigDecimal.class);
            }
            return value;
        }
    }

    private static final class BoundedTree extends StdDeserializer<JsonNode> {
        @SuppressWarnings("unchecked")
        private static final ValueDeserializer<JsonNode> STANDARD =
                (ValueDeserializer<JsonNode>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        BoundedTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return STANDARD.deserialize(parser, context);
            } catch (NumberFormatException | ArithmeticException | OutOfRangeInTree outOfRange) {
                throw withParserPath(outOfRange(parser, BigDecimal.class), parser);
            }
        }

        // Null and absent values as Jackson's own tree reader gives them: NullNode for null, Java null when absent.
        @Override
        public @Nullable Object getNullValue(DeserializationContext context) {
            return STANDARD.getNullValue(context);
        }

        @Override
        public @Nullable Object getAbsentValue(DeserializationContext context) {
            return STANDARD.getAbsentValue(context);
        }
    }

    /** Checks every {@code java.time} value after its own deserializer read it. */
    private static final class DatesInRange extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return JavaTime.isJavaTime(type) ? new InRange(deserializer, type) : deserializer;
        }
    }

    private static final class InRange extends DelegatingDeserializer {
        private final Class<?> type;

        InRange(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new InRange(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (!JsonBounds.isInDateRange(value)) {
                throw new ValueOutOfRangeException(parser, JsonBounds.DATE_OUT_OF_RANGE, parser.getString(), type);
            }
            return value;
        }
    }

    private static ValueOutOfRangeException outOfRange(JsonParser parser, Class<?> type) {
        return new ValueOutOfRangeException(parser, JsonBounds.NUMBER_OUT_OF_RANGE, null, type);
    }

    /**
     * Adds the parser's position (object keys and array indexes) to the exception's path: a tree reader adds
     * none of its own, and the caller's message should name the property.
     */
    private static ValueOutOfRangeException withParserPath(ValueOutOfRangeException error, JsonParser parser) {
        List<TokenStreamContext> levels = new ArrayList<>();
        for (TokenStreamContext level = parser.streamReadContext(); level != null; level = level.getParent()) {
            levels.add(level);
        }
        // prependPath puts each reference in front, so walk from the innermost level outwards.
        for (TokenStreamContext level : levels) {
            if (level.inObject() && level.currentName() != null) {
                error.prependPath(null, level.currentName());
            } else if (level.inArray()) {
                error.prependPath(null, Math.max(0, level.getCurrentIndex()));
            }
        }
        return error;
    }
}
