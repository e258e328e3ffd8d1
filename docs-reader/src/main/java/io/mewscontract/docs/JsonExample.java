package io.mewscontract.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One JSON example of a document, kept whether or not it parses.
 *
 * @param text the example exactly as written, lines joined with {@code \n}
 * @param line 1-based line of the example's first line in the document
 * @param result the outcome of parsing {@code text} strictly (no comments, no trailing commas,
 *     no duplicate keys, nothing after the value)
 */
public record JsonExample(String text, int line, JsonParseResult result) {
    public JsonExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(result, "result");
    }

    /** Whether the example is valid JSON. */
    public boolean isValid() {
        return result instanceof JsonParseResult.Valid;
    }

    /** The parsed example (a fresh copy), or empty when it is not valid JSON. */
    public Optional<JsonNode> json() {
        return result instanceof JsonParseResult.Valid valid ? Optional.of(valid.value()) : Optional.empty();
    }

    /** The parse error, or empty when the example is valid JSON. */
    public Optional<JsonParseResult.Invalid> error() {
        return result instanceof JsonParseResult.Invalid invalid ? Optional.of(invalid) : Optional.empty();
    }
}
