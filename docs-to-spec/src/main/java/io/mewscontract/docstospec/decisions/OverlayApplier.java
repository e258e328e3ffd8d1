package io.mewscontract.docstospec.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies decisions to a draft in order, as OpenAPI Overlay 1.0 says: {@code update} on an object is merged
 * into it (objects recursively; scalars and arrays replace), {@code update} on an array is one entry appended to
 * it, {@code remove} removes the selected node from its parent. Two choices beyond the standard, both needed to
 * tell a live decision from a stale one: appending an entry the array already holds changes nothing (every
 * array a decision appends to is a set: {@code required}, {@code enum}), and a decision must select exactly one
 * node.
 */
public final class OverlayApplier {
    private static final Configuration PATHS = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST)
            .build();
    private static final Pattern PATH_TOKEN = Pattern.compile("\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");

    private OverlayApplier() {}

    /** The draft with the decisions applied (the draft itself is not changed), and each decision's outcome. */
    public static Application apply(JsonNode draft, Decisions decisions) {
        ObjectNode document = (ObjectNode) draft.deepCopy();
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (Decision decision : decisions.all()) {
            outcomes.add(applyOne(document, decision));
        }
        return new Application(document, outcomes);
    }

    private static DecisionOutcome applyOne(ObjectNode document, Decision decision) {
        List<String> paths = select(document, decision.target());
        if (paths.isEmpty()) {
            return new DecisionOutcome(
                    decision, DecisionOutcome.Status.STALE_TARGET_GONE, "the target selects nothing in the draft");
        }
        if (paths.size() > 1) {
            return new DecisionOutcome(
                    decision,
                    DecisionOutcome.Status.AMBIGUOUS_TARGET,
                    "the target selects " + paths.size() + " nodes: " + String.join(", ", paths));
        }
        List<Object> tokens = tokens(paths.get(0));
        // Whether the decision changed the document is tracked where it changes it: no copy of the document per
        // decision (a copy and a whole-tree comparison per action made applying the overlay quadratic).
        boolean changed = false;
        if (decision.renameTo() != null) {
            String problem = rename(document, tokens, decision.renameTo());
            if (problem != null) {
                return new DecisionOutcome(decision, DecisionOutcome.Status.MISMATCHED_UPDATE, problem);
            }
            tokens = List.of("components", "schemas", decision.renameTo());
            changed = true;
        }
        if (decision.renameTo() != null
                && (decision.update() == null || decision.update().isEmpty())) {
            // Nothing to merge after the rename.
        } else if (decision.remove()) {
            if (tokens.isEmpty()) {
                return new DecisionOutcome(
                        decision, DecisionOutcome.Status.MISMATCHED_UPDATE, "the document root cannot be removed");
            }
            JsonNode parent = node(document, tokens.subList(0, tokens.size() - 1));
            Object last = tokens.get(tokens.size() - 1);
            if (parent instanceof ObjectNode object) {
                changed = object.remove((String) last) != null;
            } else if (parent instanceof ArrayNode array) {
                changed = array.remove((Integer) last) != null;
            }
        } else {
            JsonNode selected = node(document, tokens);
            JsonNode update = decision.update();
            if (selected instanceof ObjectNode object && update != null && update.isObject()) {
                changed |= merge(object, (ObjectNode) update);
            } else if (selected instanceof ArrayNode array && update != null) {
                if (!contains(array, update)) {
                    array.add(update.deepCopy());
                    changed = true;
                }
            } else {
                return new DecisionOutcome(
                        decision,
                        DecisionOutcome.Status.MISMATCHED_UPDATE,
                        "an update must be an object merged into an object, or an entry appended to an array;"
                                + " the target selects "
                                + selected.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                                + " at " + paths.get(0));
            }
        }
        return !changed
                ? new DecisionOutcome(
                        decision,
                        DecisionOutcome.Status.STALE_NO_CHANGE,
                        "the draft already says what the decision sets")
                : new DecisionOutcome(decision, DecisionOutcome.Status.APPLIED, "");
    }

    /** Renames a component schema and every reference to it; returns what went wrong, or null. */
    private static @org.jspecify.annotations.Nullable String rename(
            ObjectNode document, List<Object> tokens, String newName) {
        if (tokens.size() != 3 || !"components".equals(tokens.get(0)) || !"schemas".equals(tokens.get(1))) {
            return "x-rename-to needs a target selecting one component schema ($.components.schemas.Name)";
        }
        ObjectNode schemas = (ObjectNode) document.at("/components/schemas");
        String oldName = (String) tokens.get(2);
        if (schemas.has(newName)) {
            return "cannot rename " + oldName + " to " + newName + ": the draft already has " + newName;
        }
        JsonNode schema = schemas.remove(oldName);
        schemas.set(newName, schema);
        retarget(document, "#/components/schemas/" + oldName, "#/components/schemas/" + newName);
        return null;
    }

    private static void retarget(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            if (object.path("$ref").asText().equals(from)) {
                object.put("$ref", to);
            }
            object.forEach(child -> retarget(child, from, to));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> retarget(child, from, to));
        }
    }

    /** The normalized paths ({@code $['components']['schemas'][...]}) a JSONPath selects. */
    static List<String> select(JsonNode document, String target) {
        List<String> found = new ArrayList<>();
        Object result = JsonPath.using(PATHS).parse(document).read(target);
        if (result instanceof Iterable<?> items) {
            for (Object item : items) {
                found.add(item instanceof JsonNode node ? node.asText() : String.valueOf(item));
            }
        }
        return found;
    }

    private static List<Object> tokens(String normalizedPath) {
        List<Object> tokens = new ArrayList<>();
        Matcher m = PATH_TOKEN.matcher(normalizedPath);
        while (m.find()) {
            tokens.add(m.group(1) != null ? m.group(1).replace("\\'", "'") : (Object) Integer.valueOf(m.group(2)));
        }
        return tokens;
    }

    private static JsonNode node(JsonNode root, List<Object> tokens) {
        JsonNode node = root;
        for (Object token : tokens) {
            node = token instanceof Integer i ? node.get(i) : node.get((String) token);
        }
        return node;
    }

    /** Merges {@code update} into {@code into}; whether anything changed. */
    private static boolean merge(ObjectNode into, ObjectNode update) {
        boolean changed = false;
        for (Map.Entry<String, JsonNode> field : update.properties()) {
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode nested) {
                changed |= merge(object, nested);
            } else if (existing == null || !existing.equals(field.getValue())) {
                into.set(field.getKey(), field.getValue().deepCopy());
                changed = true;
            }
        }
        return changed;
    }

    private static boolean contains(ArrayNode array, JsonNode entry) {
        for (JsonNode item : array) {
            if (item.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The result of applying decisions.
     *
     * @param document the draft with every applicable decision applied
     * @param outcomes one per decision, in overlay order
     */
    public record Application(ObjectNode document, List<DecisionOutcome> outcomes) {
        public Application {
            outcomes = List.copyOf(outcomes);
        }

        /** The decisions that no longer decide anything, or could not be applied. */
        public List<DecisionOutcome> problems() {
            return outcomes.stream().filter(o -> o.stale() || o.broken()).toList();
        }
    }
}
