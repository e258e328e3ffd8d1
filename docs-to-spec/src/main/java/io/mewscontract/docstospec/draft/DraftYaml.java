package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a draft (a JSON tree) as block-style YAML, keys in tree order, deterministic. A small emitter of
 * its own rather than SnakeYAML's: drafts are large (a full corpus: ~2 MB, ~9000 evidence lines) and
 * SnakeYAML's emitter took a third of a draft run. Strings are written plain when YAML reads them back as
 * the same string, else double-quoted with JSON escapes (valid YAML double-quoted scalars).
 */
public final class DraftYaml {
    private static final Pattern PLAIN = Pattern.compile("^[A-Za-z_/$.][A-Za-z0-9 _./$()+,;'=<>-]*$");
    private static final Pattern NUMBER_LIKE = Pattern.compile("^[-+.]?[0-9].*|.*\\s$|.*: .*|.* #.*");
    private static final Set<String> RESERVED =
            Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~", ".inf", ".nan");

    private DraftYaml() {}

    public static String write(JsonNode document) {
        StringBuilder out = new StringBuilder(1 << 16);
        if (document.isObject() && !document.isEmpty()) {
            mapping(document, 0, out);
        } else {
            out.append(inline(document)).append('\n');
        }
        return out.toString();
    }

    private static void mapping(JsonNode map, int indent, StringBuilder out) {
        for (Map.Entry<String, JsonNode> field : map.properties()) {
            indent(out, indent).append(scalar(field.getKey())).append(':');
            value(field.getValue(), indent, out);
        }
    }

    /** A value after {@code key:} (or after {@code -} when {@code listItem}). */
    private static void value(JsonNode value, int indent, StringBuilder out) {
        if (value.isObject() && !value.isEmpty()) {
            out.append('\n');
            mapping(value, indent + 2, out);
        } else if (value.isArray() && !value.isEmpty()) {
            out.append('\n');
            sequence(value, indent, out);
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static void sequence(JsonNode list, int indent, StringBuilder out) {
        for (JsonNode item : list) {
            indent(out, indent).append('-');
            if (item.isObject() && !item.isEmpty()) {
                // The first key on the dash's line, the rest indented under it.
                StringBuilder nested = new StringBuilder();
                mapping(item, indent + 2, nested);
                out.append(' ').append(nested, indent + 2, nested.length());
            } else if (item.isArray() && !item.isEmpty()) {
                out.append('\n');
                sequence(item, indent + 2, out);
            } else {
                out.append(' ').append(inline(item)).append('\n');
            }
        }
    }

    /** The common case without a regex: a name like {@code PaymentRequestIds} (letters and digits, 3+ long). */
    private static boolean simpleWord(String text) {
        if (text.length() < 3 || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    private static StringBuilder indent(StringBuilder out, int spaces) {
        for (int i = 0; i < spaces; i++) {
            out.append(' ');
        }
        return out;
    }

    private static String inline(JsonNode node) {
        if (node.isObject()) {
            return "{}";
        }
        if (node.isArray()) {
            return "[]";
        }
        if (node.isTextual()) {
            return scalar(node.asText());
        }
        return node.isNull() ? "null" : node.asText();
    }

    private static String scalar(String text) {
        if (simpleWord(text)
                || PLAIN.matcher(text).matches()
                        && !NUMBER_LIKE.matcher(text).matches()
                        && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
