package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code {"Value": x}} into {@link Update#set}, {@code {"Value": null}} into {@link Update#clear}, and an
 * absent property or {@code null} into {@link Update#unchanged}. Generated records name it on each update
 * property; {@link JsonMappers} registers it for updates elsewhere.
 */
@NullMarked
public final class UpdateDeserializer extends JsonDeserializer<Update<?>> implements ContextualDeserializer {
    private final @Nullable JavaType valueType;

    public UpdateDeserializer() {
        this(null);
    }

    private UpdateDeserializer(@Nullable JavaType valueType) {
        this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
        JavaType type = property != null ? property.getType() : context.getContextualType();
        return new UpdateDeserializer(type == null ? null : type.containedTypeOrUnknown(0));
    }

    @Override
    public Update<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return (Update<?>) context.handleUnexpectedToken(Update.class, parser);
        }
        Update<?> result = Update.unchanged();
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (!field.equals(Update.WIRE_VALUE)) {
                parser.skipChildren();
            } else if (token == JsonToken.VALUE_NULL) {
                result = Update.clear();
            } else {
                Object read = valueType == null ? parser.readValueAsTree() : context.readValue(parser, valueType);
                result = Update.set(Objects.requireNonNull(read));
            }
        }
        return result;
    }

    @Override
    public Update<?> getNullValue(DeserializationContext context) {
        return Update.unchanged();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return Update.unchanged();
    }
}
