package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.mewscontract.codegen.JacksonVersion;
import java.io.IOException;
import java.util.List;

/**
 * Third-party and JDK types generated code refers to. The Jackson annotations ({@code com.fasterxml.jackson.annotation})
 * are the same for Jackson 2 and 3; everything that differs between the two lines is in {@link Databind}, the one
 * place that depends on the generator's Jackson option.
 */
final class Libraries {
    private Libraries() {}

    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    static final ClassName JSON_INCLUDE_INCLUDE = JSON_INCLUDE.nestedClass("Include");
    static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
    static final ClassName JSON_IGNORE = ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnore");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_CREATOR_MODE = JSON_CREATOR.nestedClass("Mode");
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");

    /**
     * The databind types generated code names, and the runtime binding classes it names with them, for one Jackson
     * line.
     *
     * @param jsonMappers the binding's {@code JsonMappers}, whose {@code toJson} turns an additional property's value into
     *     a node
     * @param jsonMappers the binding's {@code JsonMappers}, whose {@code toJson} turns an additional property's value
     *     into a node
     * @param readerExceptions what a reader's {@code deserialize} declares ({@code IOException} in Jackson 2; Jackson 3
     *     throws unchecked exceptions only)
     * @param isText the {@code JsonNode} method telling a string node ({@code isTextual}, {@code isString} in 3)
     * @param asText the {@code JsonNode} method reading it ({@code asText}, {@code asString} in 3)
     */
    record Databind(
            ClassName jsonNode,
            ClassName jsonSerialize,
            ClassName jsonDeserialize,
            ClassName noDeserializer,
            ClassName stdDeserializer,
            ClassName jsonParser,
            ClassName deserializationContext,
            ClassName updateSerializer,
            ClassName updateDeserializer,
            ClassName jsonMappers,
            List<TypeName> readerExceptions,
            String isText,
            String asText) {}

    private static final String RUNTIME = "io.mewscontract.runtime";

    private static final Databind JACKSON_2 = new Databind(
            ClassName.get("com.fasterxml.jackson.databind", "JsonNode"),
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize"),
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize"),
            ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer").nestedClass("None"),
            ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer"),
            ClassName.get("com.fasterxml.jackson.core", "JsonParser"),
            ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext"),
            ClassName.get(RUNTIME, "UpdateSerializer"),
            ClassName.get(RUNTIME, "UpdateDeserializer"),
            ClassName.get(RUNTIME, "JsonMappers"),
            List.of(ClassName.get(IOException.class)),
            "isTextual",
            "asText");

    private static final Databind JACKSON_3 = new Databind(
            ClassName.get("tools.jackson.databind", "JsonNode"),
            ClassName.get("tools.jackson.databind.annotation", "JsonSerialize"),
            ClassName.get("tools.jackson.databind.annotation", "JsonDeserialize"),
            ClassName.get("tools.jackson.databind", "ValueDeserializer").nestedClass("None"),
            ClassName.get("tools.jackson.databind.deser.std", "StdDeserializer"),
            ClassName.get("tools.jackson.core", "JsonParser"),
            ClassName.get("tools.jackson.databind", "DeserializationContext"),
            ClassName.get(RUNTIME + ".jackson3", "UpdateSerializer"),
            ClassName.get(RUNTIME + ".jackson3", "UpdateDeserializer"),
            ClassName.get(RUNTIME + ".jackson3", "JsonMappers"),
            List.of(),
            "isString",
            "asString");

    static Databind databind(JacksonVersion version) {
        return switch (version) {
            case JACKSON_2 -> JACKSON_2;
            case JACKSON_3 -> JACKSON_3;
        };
    }
}
