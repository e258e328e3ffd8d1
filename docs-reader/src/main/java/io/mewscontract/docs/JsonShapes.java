package io.mewscontract.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers "which keys do the examples show for the object at this position?" */
final class JsonShapes {

    /**
     * One step from an object to a nested one.
     *
     * @param property the property holding the nested object
     * @param arrayItems whether the property holds an array whose items are the nested objects
     */
    record Step(String property, boolean arrayItems) {}

    private JsonShapes() {}

    /**
     * The union of the keys of every object the examples hold at {@code path}, or empty when no
     * example has an object there (e.g. every {@code TaxValues} array in the examples is empty).
     */
    static Optional<Set<String>> keysAt(List<JsonNode> examples, List<Step> path) {
        List<JsonNode> nodes = examples;
        for (Step step : path) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : nodes) {
                JsonNode value = node.isObject() ? node.get(step.property()) : null;
                if (value == null) {
                    continue;
                }
                if (step.arrayItems() && value.isArray()) {
                    value.forEach(next::add);
                } else {
                    next.add(value);
                }
            }
            nodes = next;
        }
        Set<String> keys = new LinkedHashSet<>();
        boolean anyObject = false;
        for (JsonNode node : nodes) {
            if (node.isObject()) {
                anyObject = true;
                node.fieldNames().forEachRemaining(keys::add);
            }
        }
        return anyObject ? Optional.of(keys) : Optional.empty();
    }
}
