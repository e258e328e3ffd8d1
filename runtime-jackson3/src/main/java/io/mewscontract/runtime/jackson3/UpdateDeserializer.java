package io.mewscontract.runtime.jackson3;

import io.mewscontract.runtime.Update;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@code {"Value": x}} into {@link Update#set}, {@code {"Value": null}} into {@link Update#clear}, and an
 * absent property or {@code null} into {@link Update#unchanged}. Generated records name it on each update
 * property; {@link JsonMappers} registers it for updates elsewhere.
 */
public final class UpdateDeserializer extends ValueDeserializer<Update<?>> {
    private final @Nullable JavaType valueType;

    public UpdateDeserializer() {
        this(null);
    }

    private UpdateDeserializer(@Nullable JavaType valueType) {
        this.valueType = valueType;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
        JavaType type = property != null ? property.getType() : context.getContextualType();
        return new UpdateDeserializer(type == null ? null : type.containedTypeOrUnknown(0));
    }

    @Override
    public Update<?> deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return (Update<?>) context.handleUnexpectedToken(Update.class, parser);
        }
        Update<?> result = Update.unchanged();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            if (!name.equals(Update.WIRE_VALUE)) {
                parser.skipChildren();
            } else if (token == JsonToken.VALUE_NULL) {
                result = Update.clear();
            } else {
                Object read = valueType == null ? context.readTree(parser) : context.readValue(parser, valueType);
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
