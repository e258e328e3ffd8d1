package io.mewscontract.docstospec.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of a value that does not depend on how it was written: object keys sorted, arrays of scalars sorted
 * (every array in an OpenAPI extension or a set-valued keyword is a set), numbers by value.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    static String text(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isValueNode() || node.isNull()) {
            return node.asText();
        }
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                sorted.put(field.getKey(), field.getValue());
            }
            out.append('{');
            String separator = "";
            for (Map.Entry<String, JsonNode> field : sorted.entrySet()) {
                out.append(separator).append(quote(field.getKey())).append(':');
                write(field.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            boolean scalars = true;
            for (JsonNode item : node) {
                StringBuilder one = new StringBuilder();
                write(item, one);
                items.add(one.toString());
                scalars &= !item.isContainerNode();
            }
            if (scalars) {
                items.sort(null);
            }
            out.append('[').append(String.join(",", items)).append(']');
        } else if (node.isTextual()) {
            out.append(quote(node.asText()));
        } else {
            out.append(text(node));
        }
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
