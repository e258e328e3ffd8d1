package io.mewscontract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds every local {@code $ref} of a spec file that points nowhere, naming the file and the JSON
 * pointer of the reference itself, so a curator can jump straight to it.
 *
 * <p>swagger-parser reports unresolvable references too, but not always with the location of the
 * {@code $ref}: this walks the raw YAML tree, where every node's pointer is known.
 */
final class DanglingRefFinder {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DanglingRefFinder() {}

    static List<String> find(Path specFile) throws IOException {
        JsonNode root = YAML.readTree(specFile.toFile());
        List<String> problems = new ArrayList<>();
        walk(root, "", root, specFile, problems);
        return problems;
    }

    private static void walk(JsonNode node, String pointer, JsonNode root, Path file, List<String> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String childPointer = pointer + "/" + escape(field.getKey());
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    check(field.getValue().asText(), childPointer, root, file, problems);
                } else {
                    walk(field.getValue(), childPointer, root, file, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, root, file, problems);
            }
        }
    }

    private static void check(String ref, String at, JsonNode root, Path file, List<String> problems) {
        if (!ref.startsWith("#")) {
            problems.add(file + "#" + at + ": external reference '" + ref + "' is not allowed; the spec is one file");
        } else if (root.at(ref.substring(1)).isMissingNode()) {
            problems.add(file + "#" + at + ": reference '" + ref + "' does not resolve");
        }
    }

    /** JSON pointer escaping (RFC 6901): '~' then '/'. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
