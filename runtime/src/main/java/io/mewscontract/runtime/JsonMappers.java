package io.mewscontract.runtime;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The two {@link ObjectMapper} configurations generated code is written for. Each call returns a new mapper;
 * create one and share it (mappers are thread-safe once built).
 *
 * <p>Both read and write the Connector API's wire format exactly:
 * <ul>
 *   <li>{@code date-time} values as ISO 8601 strings ({@code 2023-10-01T11:48:57Z}, fractions kept when
 *       present), never as numeric timestamps;
 *   <li>decimals from the JSON text into {@link java.math.BigDecimal} with no binary rounding, written plain
 *       ({@code 10}, never {@code 1E+1}); numbers kept in unknown properties keep their trailing zeros;
 *   <li>{@code null} for a required primitive ({@code "Count": null}) is an error, not a silent 0;
 *   <li>values outside {@link JsonBounds} (a number like {@code 1e10000}, on a server a year after 9999) are
 *       refused while reading with a {@link ValueOutOfRangeException} naming the property, so nothing that
 *       could not be written back is ever stored.
 * </ul>
 */
@NullMarked
public final class JsonMappers {
    private JsonMappers() {}

    /** Holds the mapper of {@link #toJson}, made on first use. */
    private static final class ClientWriter {
        static final ObjectMapper MAPPER = client();
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
     * as unknown properties instead), so a newer server never breaks an older client.
     */
    public static ObjectMapper client() {
        return common().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new BoundedValuesModule(false))
                .build();
    }

    /**
     * Strict in what it accepts, as the Connector API is: duplicate keys, trailing tokens after the body,
     * properties the spec does not declare (also in a record shared with responses, which a client reads keeping
     * them), and type coercions ({@code "10"} for a number, {@code 1.5} for an
     * integer, {@code 5} for a string, a number or an array for a date-time, {@code ""} for a UUID, date-time or
     * number) are all rejected.
     */
    public static ObjectMapper server() {
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
                // "" is no UUID, date-time or number: Jackson would read it as null (and a null list element has
                // no property to name), so refuse it where it stands.
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
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .nodeFactory(new BoundedValuesModule.BoundedNodeFactory())
                .addModule(updates())
                .addModule(new OpenEnumModule())
                // After JavaTimeModule, so that its reader and writer of Instants are the ones the mappers use.
                .addModule(new SimpleModule("mews-utc-instants")
                        .addDeserializer(Instant.class, utcInstants())
                        .addSerializer(new UtcInstantSerializer()))
                .addModule(new SimpleModule("mews-plain-decimals").addSerializer(new PlainDecimalSerializer()));
    }

    @SuppressWarnings("unchecked")
    private static JsonDeserializer<Instant> utcInstants() {
        return (JsonDeserializer<Instant>) (JsonDeserializer<?>) new UtcInstantDeserializer();
    }

    /** {@link Update} wherever it appears (generated records name the same (de)serializers on their properties). */
    @SuppressWarnings("unchecked")
    private static SimpleModule updates() {
        return new SimpleModule("mews-update")
                .addSerializer(new UpdateSerializer())
                .addDeserializer((Class<Update<?>>) (Class<?>) Update.class, new UpdateDeserializer());
    }
}
