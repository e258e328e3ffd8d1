package io.mewscontract.docstospec.decisions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code <fill in: ...>} placeholders that drift writes into a suggested decision (its reason and sources are
 * for the person deciding to write). A decision still holding one records nothing: the decisions check refuses it,
 * naming the file, line and JSON pointer of each.
 */
final class Placeholders {
    /** How every placeholder begins (drift's {@code Absorption} writes them). */
    static final String MARK = "<fill in";

    private Placeholders() {}

    static boolean isPlaceholder(String text) {
        return text.contains(MARK);
    }

    /**
     * The 1-based line of every string value of a YAML or JSON text that holds a placeholder, by JSON pointer
     * ({@code /actions/3/x-reason}); empty when the text cannot be read (the tree reader reports that).
     */
    static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING && isPlaceholder(parser.getText())) {
                    lines.put(
                            parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException unreadable) {
            return Map.of();
        }
        return lines;
    }
}
