package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;

/** Third-party and JDK types generated code refers to. */
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
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
    static final ClassName STD_DESERIALIZER =
            ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
    static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName DESERIALIZATION_CONTEXT =
            ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");

    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
}
