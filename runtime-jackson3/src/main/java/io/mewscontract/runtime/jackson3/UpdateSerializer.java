package io.mewscontract.runtime.jackson3;

import io.mewscontract.runtime.Update;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Update} as {@code {"Value": x}} ({@code {"Value": null}} to clear). An unchanged update is
 * "empty", so {@code JsonInclude.NON_EMPTY} (which generated records put on update properties) leaves it out.
 * Generated records name it on each update property; {@link JsonMappers} registers it for updates elsewhere.
 */
public final class UpdateSerializer extends StdSerializer<Update<?>> {

    public UpdateSerializer() {
        super(Update.class);
    }

    @Override
    public boolean isEmpty(SerializationContext context, Update<?> update) {
        return update.state() == Update.State.UNCHANGED;
    }

    @Override
    public void serialize(Update<?> update, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject();
        if (update.state() == Update.State.SET) {
            context.defaultSerializeProperty(Update.WIRE_VALUE, update.value().orElseThrow(), generator);
        } else {
            generator.writeNullProperty(Update.WIRE_VALUE);
        }
        generator.writeEndObject();
    }
}
