package io.mewscontract.runtime.jackson3;

import io.mewscontract.runtime.JsonBounds;
import io.mewscontract.runtime.Update;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.type.LogicalType;

/**
 * The two {@link JsonMapper} configurations code generated for Jackson 3 is written for: the same wire format, and
 * the same liberal client and strict server, as the Jackson 2 binding's {@code io.mewscontract.runtime.JsonMappers}.
 * Each call returns a new mapper; create one and share it (mappers are immutable and thread-safe).
 *
 * <p>Jackson 3 changed several defaults; each is set here explicitly, so both lines read and write alike:
 * {@code date-time} values as ISO 8601 strings, decimals into {@link java.math.BigDecimal} exactly and written plain,
 * properties in declaration (wire) order (Jackson 3 sorts them alphabetically by default), {@code null} for a
 * required primitive refused, values outside {@link JsonBounds} refused with a {@link ValueOutOfRangeException}
 * naming the property.
 */
public final class JsonMappers {
    private JsonMappers() {}

    /** Holds the mapper of {@link #toJson}, made on first use. */
    private static final class ClientWriter {
        static final JsonMapper MAPPER = client();
    }

    /**
     * {@code value} as a JSON node, written with the {@link #client()} rules ({@code null}: a JSON {@code null}):
     * what a generated builder's {@code additionalProperty(name, value)} sends.
     *
     * @throws IllegalArgumentException if {@code value} cannot be written as JSON
     */
    public static JsonNode toJson(@Nullable Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        return value instanceof JsonNode node ? node : ClientWriter.MAPPER.valueToTree(value);
    }

    /**
     * Liberal in what it reads: properties the record does not declare are ignored (response records keep them
     * as unknown properties instead), and so is anything after the body, so a newer server never breaks an older
     * client.
     */
    public static JsonMapper client() {
        return common().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(new BoundedValuesModule(false))
                .build();
    }

    /**
     * Strict in what it accepts, as the Connector API is: duplicate keys, trailing tokens after the body,
     * properties the spec does not declare, and type coercions ({@code "10"} for a number, {@code 1.5} for an
     * integer, {@code 5} for a string, a number or an array for a date-time, {@code ""} for a UUID, date-time or
     * number) are all rejected.
     */
    public static JsonMapper server() {
        return common().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Request records hold the properties a client adds beyond the spec in a write-only (ignored)
                // component: a property of that name is as unknown to the server as any other.
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Even without scalar coercion Jackson reads 5 or true into a String ("5"): refuse it.
                .withCoercionConfig(
                        LogicalType.Textual,
                        textual -> textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // "" is no UUID, date-time or number: refuse it where it stands instead of reading null.
                .withCoercionConfigDefaults(
                        defaults -> defaults.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .addModule(new TextualTimeModule())
                .addModule(new BoundedValuesModule(true))
                // A record shared by requests and responses collects unknown properties for clients; not here.
                .addModule(new StrictObjectsModule())
                .build();
    }

    private static JsonMapper.Builder common() {
        return JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .nodeFactory(new BoundedValuesModule.BoundedNodeFactory())
                .addModule(updates());
    }

    /** {@link Update} wherever it appears (generated records name the same (de)serializers on their properties). */
    @SuppressWarnings("unchecked")
    private static SimpleModule updates() {
        return new SimpleModule("mews-update")
                .addSerializer(new UpdateSerializer())
                .addDeserializer((Class<Update<?>>) (Class<?>) Update.class, new UpdateDeserializer());
    }
}
