package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An update value ({@code {"Value": x}} on the wire): the three intentions of an update, impossible to confuse.
 *
 * <ul>
 *   <li>{@link #unchanged()}: leave the value as it is; the property is not written at all.
 *   <li>{@link #set(Object)}: set it; written {@code {"Value": x}}.
 *   <li>{@link #clear()}: remove it; written {@code {"Value": null}}.
 * </ul>
 *
 * A generated record never holds {@code null} for an update property: absent reads as {@link #unchanged()}.
 * <pre>{@code
 * CustomerUpdateParameters.builder().email(Update.set("a@example.com")).notes(Update.clear()).build();
 * }</pre>
 *
 * @param <T> the value's type
 */
@JsonSerialize(using = Update.Serializer.class)
@JsonDeserialize(using = Update.Deserializer.class)
public final class Update<T> {

    private static final Update<?> UNCHANGED = new Update<>(State.UNCHANGED, null);
    private static final Update<?> CLEAR = new Update<>(State.CLEAR, null);

    /** What an update does. */
    public enum State {
        UNCHANGED,
        SET,
        CLEAR
    }

    private final State state;
    private final @Nullable T value;

    private Update(State state, @Nullable T value) {
        this.state = state;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Update<T> unchanged() {
        return (Update<T>) UNCHANGED;
    }

    public static <T> Update<T> set(T value) {
        return new Update<>(State.SET, Objects.requireNonNull(value, "value (use Update.clear() to clear it)"));
    }

    @SuppressWarnings("unchecked")
    public static <T> Update<T> clear() {
        return (Update<T>) CLEAR;
    }

    /** The state to {@code switch} on. */
    public State state() {
        return state;
    }

    /** The new value, for {@link State#SET} only. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Update<?> that && state == that.state && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return switch (state) {
            case UNCHANGED -> "Update.unchanged()";
            case CLEAR -> "Update.clear()";
            case SET -> "Update.set(" + value + ")";
        };
    }

    /** {@code {"Value": x}}; an unchanged update is "empty", so {@code JsonInclude.NON_EMPTY} leaves it out. */
    static final class Serializer extends StdSerializer<Update<?>> {
        @SuppressWarnings("unchecked")
        Serializer() {
            super((Class<Update<?>>) (Class<?>) Update.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Update<?> update) {
            return update.state == State.UNCHANGED;
        }

        @Override
        public void serialize(Update<?> update, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject();
            if (update.state == State.SET) {
                provider.defaultSerializeField("Value", update.value, generator);
            } else {
                generator.writeNullField("Value");
            }
            generator.writeEndObject();
        }
    }

    /** Reads {@code {"Value": x}} into set, {@code {"Value": null}} into clear, absent or {@code null} into unchanged. */
    static final class Deserializer extends JsonDeserializer<Update<?>> implements ContextualDeserializer {
        private final @Nullable JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(@Nullable JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            return new Deserializer(type == null ? null : type.containedTypeOrUnknown(0));
        }

        @Override
        public Update<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return (Update<?>) context.handleUnexpectedToken(Update.class, parser);
            }
            Update<?> result = unchanged();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                if (!field.equals("Value")) {
                    parser.skipChildren();
                } else if (token == JsonToken.VALUE_NULL) {
                    result = clear();
                } else {
                    Object read = valueType == null ? parser.readValueAsTree() : context.readValue(parser, valueType);
                    result = set(Objects.requireNonNull(read));
                }
            }
            return result;
        }

        @Override
        public Update<?> getNullValue(DeserializationContext context) {
            return unchanged();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return unchanged();
        }
    }
}
