package io.mewscontract.docstospec.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes OpenAPI (and Overlay) documents as Jackson trees; YAML is a superset of JSON. */
public final class OpenApiFiles {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private OpenApiFiles() {}

    /** A file that cannot be read as a YAML or JSON object, with where and why. */
    public static final class UnreadableDocumentException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableDocumentException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads a YAML or JSON document whose root is an object.
     *
     * @throws UnreadableDocumentException naming the file (and line, for a syntax error) when it is missing,
     *     unreadable, not YAML/JSON, or not an object
     */
    public static JsonNode read(Path file) throws UnreadableDocumentException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UnreadableDocumentException(file + ": cannot be read: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** Parses YAML or JSON text whose root is an object; {@code name} names it in messages. */
    public static JsonNode parse(String name, String text) throws UnreadableDocumentException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UnreadableDocumentException(name + (at == null ? "" : ":" + at.getLineNr())
                    + ": not valid YAML or JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableDocumentException(name + ": the document's root is not an object");
        }
        return root;
    }

    /** A new empty object node. */
    public static com.fasterxml.jackson.databind.node.ObjectNode emptyObject() {
        return YAML.createObjectNode();
    }

    /** The document as YAML text. */
    public static String yaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
