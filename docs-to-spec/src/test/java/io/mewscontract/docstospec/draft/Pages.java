package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The test pages under {@code src/test/resources/pages} and shortcuts into a draft. */
final class Pages {
    private Pages() {}

    static Path dir(String name) {
        try {
            return Path.of(Pages.class.getResource("/pages/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a test page. */
    static String text(String dir, String name) {
        try {
            return java.nio.file.Files.readString(dir(dir).resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Path> files(String dir, String... names) {
        return Arrays.stream(names).map(n -> dir(dir).resolve(n)).toList();
    }

    static JsonNode schema(DraftResult result, String name) {
        return result.openApi().path("components").path("schemas").path(name);
    }

    /** A property of an object schema, or of the own part of a request schema ({@code allOf[1]}). */
    static JsonNode property(DraftResult result, String schema, String property) {
        JsonNode s = schema(result, schema);
        JsonNode own = s.has("allOf") ? s.path("allOf").path(1) : s;
        return own.path("properties").path(property);
    }

    static List<String> required(DraftResult result, String schema) {
        JsonNode s = schema(result, schema);
        JsonNode own = s.has("allOf") ? s.path("allOf").path(1) : s;
        return own.path("required").findValuesAsText("").isEmpty()
                ? java.util.stream.StreamSupport.stream(own.path("required").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList()
                : List.of();
    }

    /** The component a property refers to, directly or through {@code allOf} (a reference with siblings). */
    static String ref(JsonNode schema) {
        JsonNode r = schema.has("$ref") ? schema : schema.path("allOf").path(0);
        return r.path("$ref").asText().replace("#/components/schemas/", "");
    }
}
