package io.mewscontract.docs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Finds where a JSON example ends in a document and parses it as strictly as the Connector API does. */
final class JsonExamples {
    /**
     * Strict on purpose: the API rejects comments and trailing commas ({@code Invalid JSON}), so an
     * example that needs leniency is a documentation defect to report. Exact decimals keep
     * {@code 18.49} and {@code 10.40} as written.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonExamples() {}

    /** Whether a line can start a raw (unfenced) example. */
    static boolean startsExample(String strippedLine) {
        return strippedLine.startsWith("{")
                || (strippedLine.startsWith("[") && !strippedLine.startsWith("[PlatformAddress]"));
    }

    /**
     * The last line of a raw example starting at {@code first}: the line where its brackets balance.
     * An example whose brackets never balance (a defect the parse will report) ends before the first
     * line for which {@code endsUnbalanced} holds, so one broken example cannot swallow the page.
     */
    static int endOfRawExample(DocumentText text, int first, int last, IntPredicate endsUnbalanced) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int n = first; n <= last; n++) {
            for (char c : text.raw(n).toCharArray()) {
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
            if (depth <= 0) {
                return n;
            }
        }
        for (int n = first + 1; n <= last; n++) {
            if (endsUnbalanced.test(n)) {
                return n - 1;
            }
        }
        return last;
    }

    /** The example made of lines {@code first..last}, parsed. */
    static JsonExample read(DocumentText text, int first, int last) {
        List<String> lines = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            lines.add(text.raw(n));
        }
        return parse(String.join("\n", lines), first);
    }

    /** Parses an example whose first line is document line {@code firstLine}. */
    static JsonExample parse(String exampleText, int firstLine) {
        try {
            JsonNode node = STRICT.readTree(exampleText);
            if (node == null || node.isMissingNode()) {
                return new JsonExample(
                        exampleText, firstLine, new JsonParseResult.Invalid("empty example", firstLine, 1));
            }
            return new JsonExample(exampleText, firstLine, new JsonParseResult.Valid(node));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // Jackson counts lines and columns from 1 within the example; the example's lines are
            // whole document lines, so only the line needs shifting.
            int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
            int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            return new JsonExample(
                    exampleText, firstLine, new JsonParseResult.Invalid(e.getOriginalMessage(), line, column));
        }
    }
}
