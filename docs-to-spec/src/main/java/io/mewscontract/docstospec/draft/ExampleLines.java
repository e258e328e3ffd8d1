package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mewscontract.docs.JsonExample;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The document line of every key and object of a valid example, by JSON pointer, so each example fact keeps its line. */
final class ExampleLines {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final Map<String, Integer> lines = new HashMap<>();
    private final int first;

    private ExampleLines(JsonExample example) {
        this.first = example.line();
        try (JsonParser parser = FACTORY.createParser(example.text())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.START_OBJECT) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(
                            pointer, first + parser.currentTokenLocation().getLineNr() - 1);
                }
            }
        } catch (IOException e) {
            // Only valid examples get here; a failure leaves the example's first line as the answer.
        }
    }

    static ExampleLines of(JsonExample example) {
        return new ExampleLines(example);
    }

    /** The line of the key or object at {@code pointer}, else of the nearest enclosing one, else the example's first. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return first;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
