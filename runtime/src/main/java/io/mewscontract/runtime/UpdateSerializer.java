package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jspecify.annotations.NullMarked;

/**
 * Writes an {@link Update} as {@code {"Value": x}} ({@code {"Value": null}} to clear). An unchanged update is
 * "empty", so {@code JsonInclude.NON_EMPTY} (which generated records put on update properties) leaves it out.
 * Generated records name it on each update property; {@link JsonMappers} registers it for updates elsewhere.
 */
@NullMarked
public final class UpdateSerializer extends StdSerializer<Update<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked")
    public UpdateSerializer() {
        super((Class<Update<?>>) (Class<?>) Update.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Update<?> update) {
        return update.state() == Update.State.UNCHANGED;
    }

    @Override
    public void serialize(Update<?> update, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeStartObject();
        if (update.state() == Update.State.SET) {
            provider.defaultSerializeField(Update.WIRE_VALUE, update.value().orElseThrow(), generator);
        } else {
            generator.writeNullField(Update.WIRE_VALUE);
        }
        generator.writeEndObject();
    }
}
