package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes generated open enums ({@link OpenEnum}) with a direct call instead of Jackson's reflective
 * {@code @JsonCreator}/{@code @JsonValue} path: a page of records holds several per item, and the reflective call
 * costs time and an argument array per value (ModelBenchmark). The result is the same: a string is read by the
 * class's own {@code of(String)}, a value written as {@link OpenEnum#value()}. Anything but a plain non-blank string
 * (a number, {@code ""}, an array) goes to the deserializer Jackson built from the annotations, so the mappers'
 * coercion rules and error messages stay as they were. Other mappers still read and write open enums through the
 * annotations.
 */
@NullMarked
final class OpenEnumModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    OpenEnumModule() {
        super("mews-open-enums");
        addSerializer(OpenEnum.class, new Writer());
        setDeserializerModifier(new DirectOf());
    }

    private static final class Writer extends StdScalarSerializer<OpenEnum> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(OpenEnum.class);
        }

        @Override
        public void serialize(OpenEnum value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.value());
        }
    }

    private static final class DirectOf extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            MethodHandle of = OpenEnum.class.isAssignableFrom(type) ? factory(type) : null;
            return of == null ? deserializer : new Reader(deserializer, of);
        }

        /** The public static {@code T of(String)} every generated open enum has, as {@code (String) Object}. */
        private static @Nullable MethodHandle factory(Class<?> type) {
            if (!Modifier.isPublic(type.getModifiers())) {
                return null;
            }
            try {
                return MethodHandles.publicLookup()
                        .findStatic(type, "of", MethodType.methodType(type, String.class))
                        .asType(MethodType.methodType(Object.class, String.class));
            } catch (NoSuchMethodException | IllegalAccessException notGenerated) {
                return null; // an OpenEnum written by hand: its own annotations decide
            }
        }
    }

    private static final class Reader extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final transient MethodHandle of;

        Reader(JsonDeserializer<?> annotated, MethodHandle of) {
            super(annotated);
            this.of = of;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Reader(newDelegatee, of);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.isEmpty()
                        && !Character.isWhitespace(text.charAt(0))
                        && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    return of(text);
                }
            }
            return super.deserialize(parser, context);
        }

        // of(String) throws nothing checked: an unchecked failure is rethrown as it came.
        private Object of(String text) {
            try {
                return (Object) of.invokeExact(text);
            } catch (RuntimeException | Error unchecked) {
                throw unchecked;
            } catch (Throwable impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
