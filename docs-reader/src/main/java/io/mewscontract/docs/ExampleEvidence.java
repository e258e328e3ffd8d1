package io.mewscontract.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid JSON examples of operations, by operation path and side (request or response), gathered
 * from documents already read. A reference page does not show where a nested schema ends; examples
 * of the same operation from any rendering show which object a property sits in.
 */
final class ExampleEvidence {
    static final ExampleEvidence NONE = new ExampleEvidence(Map.of());

    private final Map<String, List<JsonNode>> examples;

    private ExampleEvidence(Map<String, List<JsonNode>> examples) {
        this.examples = examples;
    }

    static ExampleEvidence from(Collection<SourceDocument> documents) {
        Map<String, List<JsonNode>> examples = new HashMap<>();
        for (SourceDocument document : documents) {
            for (DocumentedOperation op : document.operations()) {
                add(examples, key(op.path(), TableRole.REQUEST), op.requestExamples());
                add(examples, key(op.path(), TableRole.RESPONSE), op.responseExamples());
            }
        }
        return new ExampleEvidence(examples);
    }

    private static void add(Map<String, List<JsonNode>> into, String key, List<JsonExample> examples) {
        examples.forEach(e -> e.json()
                .ifPresent(json ->
                        into.computeIfAbsent(key, k -> new ArrayList<>()).add(json)));
    }

    private static String key(String path, TableRole side) {
        return side + " " + path;
    }

    /** The valid examples of one side of one operation; empty when none was gathered. */
    List<JsonNode> examples(String path, TableRole side) {
        return List.copyOf(examples.getOrDefault(key(path, side), List.of()));
    }
}
