package io.mewscontract.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** The outcome of parsing one {@link JsonExample} strictly. */
public sealed interface JsonParseResult {

    /**
     * The example is valid JSON. Numbers with a fraction are exact {@link java.math.BigDecimal}s,
     * so {@code 18.49} stays {@code 18.49}.
     *
     * @param value the parsed tree; the accessor returns a fresh deep copy, so this record stays
     *     immutable even though Jackson trees are not
     */
    record Valid(JsonNode value) implements JsonParseResult {
        public Valid {
            value = Objects.requireNonNull(value, "value").deepCopy();
        }

        @Override
        public JsonNode value() {
            return value.deepCopy();
        }
    }

    /**
     * The example is not valid JSON.
     *
     * @param message the parser's message, without position
     * @param line 1-based line of the error in the document (not in the example)
     * @param column 1-based column of the error in that line
     */
    record Invalid(String message, int line, int column) implements JsonParseResult {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
