package io.mewscontract.runtime;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Makes the server mapper strict for every record, including one that collects unknown properties. A record used
 * both in a request and in a response (a shared object: an amount sent and returned) is generated with
 * {@link JsonAnySetter}, because a client reading it must keep what a newer server adds; read with that annotation,
 * a server would silently collect whatever a caller sends instead of refusing it. On the server mapper this module
 * drops the any-setter from every record's deserializer, so an undeclared property fails as unknown (and the router
 * names every one), and marks the component it filled as ignored, so a property named like it
 * ({@code additionalProperties}) fails too ({@code FAIL_ON_IGNORED_PROPERTIES}). Writing is untouched.
 */
@NullMarked
final class StrictObjectsModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    StrictObjectsModule() {
        super("mews-strict-objects");
        setDeserializerModifier(new NoAnySetter());
    }

    private static final class NoAnySetter extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
            if (builder.getAnySetter() == null) {
                return builder;
            }
            builder.setAnySetter(null);
            // A record's any-setter is a creator parameter, which Jackson also knows as a property by its name.
            @Nullable ValueInstantiator instantiator = builder.getValueInstantiator();
            @Nullable
            SettableBeanProperty[] parameters =
                    instantiator == null ? null : instantiator.getFromObjectArguments(config);
            if (parameters != null) {
                for (SettableBeanProperty parameter : parameters) {
                    if (parameter != null && parameter.getAnnotation(JsonAnySetter.class) != null) {
                        builder.addIgnorable(parameter.getName());
                    }
                }
            }
            return builder;
        }
    }
}
