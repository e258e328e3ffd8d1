package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Applies {@link JsonBounds} while reading: to every {@link BigDecimal} bound into a record, to every decimal in a
 * {@link JsonNode} tree (the router parses a body into a tree first, and records keep unknown properties as trees),
 * and, when asked, to every {@code java.time} value. A number whose exponent overflows ({@code 1e2147483648}),
 * which Jackson reports as a raw {@link NumberFormatException} from a tree, becomes a
 * {@link ValueOutOfRangeException} too, with the path of the property where the parser stopped.
 */
@NullMarked
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

        BoundedNodeFactory() {
            super();
        }

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
        private static final long serialVersionUID = 1L;

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public @Nullable BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value;
            try {
                value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            } catch (NumberFormatException | ArithmeticException overflow) {
                throw outOfRange(parser, null, BigDecimal.class);
            } catch (JsonMappingException wrapped) {
                if (wrapped.getCause() instanceof NumberFormatException) {
                    throw outOfRange(parser, null, BigDecimal.class);
                }
                throw wrapped;
            }
            if (value != null && !JsonBounds.isWritable(value)) {
                throw outOfRange(parser, null, BigDecimal.class);
            }
            return value;
        }
    }

    private static final class BoundedTree extends StdDeserializer<JsonNode> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("unchecked")
        private static final JsonDeserializer<JsonNode> STANDARD =
                (JsonDeserializer<JsonNode>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        BoundedTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return STANDARD.deserialize(parser, context);
            } catch (NumberFormatException | ArithmeticException | OutOfRangeInTree outOfRange) {
                throw withParserPath(outOfRange(parser, null, BigDecimal.class), parser);
            }
        }

        // Null and absent values as Jackson's own tree reader gives them: NullNode for null, Java null when absent.
        @Override
        public @Nullable JsonNode getNullValue(DeserializationContext context) throws JsonMappingException {
            return STANDARD.getNullValue(context);
        }

        @Override
        public @Nullable Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
            return STANDARD.getAbsentValue(context);
        }
    }

    /** Checks every {@code java.time} value after its own deserializer read it. */
    private static final class DatesInRange extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Package owner = description.getBeanClass().getPackage();
            return owner != null && owner.getName().equals("java.time")
                    ? new InRange(deserializer, description.getBeanClass())
                    : deserializer;
        }
    }

    private static final class InRange extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final Class<?> type;

        InRange(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new InRange(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (!JsonBounds.isInDateRange(value)) {
                throw new ValueOutOfRangeException(parser, JsonBounds.DATE_OUT_OF_RANGE, parser.getText(), type);
            }
            return value;
        }
    }

    private static ValueOutOfRangeException outOfRange(JsonParser parser, @Nullable Object value, Class<?> type) {
        return new ValueOutOfRangeException(parser, JsonBounds.NUMBER_OUT_OF_RANGE, value, type);
    }

    /**
     * Adds the parser's position (object keys and array indexes) to the exception's path: a tree reader adds
     * none of its own, and the caller's message should name the property.
     */
    private static ValueOutOfRangeException withParserPath(ValueOutOfRangeException error, JsonParser parser) {
        List<JsonStreamContext> levels = new ArrayList<>();
        for (JsonStreamContext level = parser.getParsingContext(); level != null; level = level.getParent()) {
            levels.add(level);
        }
        // prependPath puts each reference in front, so walk from the innermost level outwards.
        for (JsonStreamContext level : levels) {
            if (level.inObject() && level.getCurrentName() != null) {
                error.prependPath(null, level.getCurrentName());
            } else if (level.inArray()) {
                error.prependPath(null, Math.max(0, level.getCurrentIndex()));
            }
        }
        return error;
    }
}
