package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.docstospec.facts.FactDifference;
import io.mewscontract.docstospec.facts.FactKind;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import io.mewscontract.docstospec.facts.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to absorb a finding, two ways: accept it (the spec change, in words) or keep the spec as it is (the
 * overlay action that makes the draft say what the spec says, ready to paste into the decisions file once its
 * {@code x-reason} is written). For a new element the snippet is instead the spec fragment to add.
 */
final class Absorption {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode spec;
    private final JsonNode pages;

    /** Advice: the words, and YAML to paste (may be empty). */
    record Advice(String text, String snippet) {}

    Absorption(JsonNode spec, JsonNode pages) {
        this.spec = spec;
        this.pages = pages;
    }

    Advice forElement(DriftKind kind, FactDifference d, List<String> lines) {
        List<String> sources = sources(lines);
        String element = Pointers.displayName(d.element());
        List<String> tokens = Pointers.tokens(d.element());
        String name = tokens.get(tokens.size() - 1);
        if (d.added()) {
            Optional<List<String>> raw = RawLocator.locate(pages, d.element());
            JsonNode node = raw.map(t -> pages.at(Pointers.of(t))).orElse(NODES.objectNode());
            String parent = specPath(Pointers.of(tokens.subList(0, tokens.size() - 1)));
            ObjectNode fragment = NODES.objectNode();
            fragment.set(name, node);
            String keepOut = raw.map(t -> " or keep it out of the spec with a decision: an overlay action"
                            + " `remove: true` targeting `" + RawLocator.jsonPath(t) + "`, with its reason")
                    .orElse("");
            return new Advice(
                    "Accept: add it under `" + parent + "` in the spec (fragment below) and regenerate;" + keepOut
                            + ".",
                    OpenApiFiles.yaml(fragment));
        }
        String inSpec = specPath(d.element());
        List<String> parentTokens = tokens.subList(0, tokens.size() - 1);
        Optional<List<String>> parentInPages = RawLocator.locate(pages, Pointers.of(parentTokens));
        if (parentInPages.isEmpty()) {
            return new Advice("Accept: delete `" + inSpec + "` from the spec and regenerate.", "");
        }
        ObjectNode update = NODES.objectNode();
        update.set(name, specNode(d.element()));
        String snippet = action(
                RawLocator.jsonPath(parentInPages.get()),
                update,
                false,
                element,
                "Keep " + element + " although the pages no longer describe it.",
                sources);
        return new Advice(
                "Accept: delete `" + inSpec + "` from the spec and regenerate; or keep it (the API may"
                        + " still send it) with this decision:",
                snippet);
    }

    Advice forAttributes(DriftKind kind, List<FactDifference> group, List<String> lines) {
        List<String> sources = sources(lines);
        FactDifference first = group.get(0);
        String element = Pointers.displayName(first.element());
        String accept = "Accept: make `" + element + "` say " + Describe.values(group, false) + " in the spec (at `"
                + specPath(first.element()) + "`) and regenerate";
        List<String> actions = new ArrayList<>();
        ObjectNode update = NODES.objectNode();
        Optional<List<String>> raw = RawLocator.locate(pages, first.element());
        for (FactDifference d : group) {
            if (d.kind() == FactKind.REQUIRED || d.kind() == FactKind.ENUM_VALUE) {
                actions.add(memberAction(d, element, sources));
            } else if (raw.isPresent()) {
                List<String> key = Pointers.tokens("/" + Describe.relativeKey(d));
                if (d.expected() == null) {
                    List<String> target = new ArrayList<>(raw.get());
                    target.addAll(key);
                    actions.add(action(
                            RawLocator.jsonPath(target),
                            null,
                            true,
                            element,
                            element + " says " + Describe.values(List.of(d), true) + ".",
                            sources));
                } else {
                    put(update, key, typed(d.kind(), d.expected()));
                }
            }
        }
        if (update.size() > 0 && raw.isPresent()) {
            actions.add(
                    0,
                    action(
                            RawLocator.jsonPath(raw.get()),
                            update,
                            false,
                            element,
                            element + " says " + Describe.values(group, true) + ".",
                            sources));
        }
        if (actions.isEmpty()) {
            return new Advice(accept + ".", "");
        }
        return new Advice(
                accept + "; or keep the spec's " + Describe.values(group, true) + " with this decision:",
                String.join("", actions));
    }

    /** An action on a {@code required} or {@code enum} member: append it back, or remove it. */
    private String memberAction(FactDifference d, String element, List<String> sources) {
        List<String> tokens = Pointers.tokens(d.pointer());
        String member = tokens.get(tokens.size() - 1);
        List<String> arrayTokens = tokens.subList(0, tokens.size() - 1);
        String list = arrayTokens.get(arrayTokens.size() - 1);
        String schemaPointer = Pointers.of(arrayTokens.subList(0, arrayTokens.size() - 1));
        Optional<List<String>> schema = locateOwner(schemaPointer, list, member);
        String base = schema.map(RawLocator::jsonPath).orElse(specPathOf(schemaPointer));
        if (d.expected() == null) {
            return action(
                    base + "." + list + "[?(@ == '" + member + "')]",
                    null,
                    true,
                    element,
                    element + (list.equals("required") ? " stays optional." : " has no value " + member + "."),
                    sources);
        }
        return action(
                base + "." + list,
                NODES.textNode(member),
                false,
                element,
                element + (list.equals("required") ? " stays required." : " keeps the value " + member + "."),
                sources);
    }

    /** The schema part as written that holds the list (or, for {@code required}, the named property). */
    private Optional<List<String>> locateOwner(String schemaPointer, String list, String member) {
        Optional<List<String>> holder = RawLocator.locate(pages, schemaPointer + "/" + list);
        if (holder.isEmpty() && list.equals("required")) {
            holder = RawLocator.locate(pages, schemaPointer + "/properties/" + Pointers.escape(member))
                    .map(t -> t.subList(0, t.size() - 1));
        }
        return holder.map(t -> t.subList(0, t.size() - 1));
    }

    private static String action(
            String target,
            @Nullable JsonNode update,
            boolean remove,
            String element,
            String description,
            List<String> sources) {
        ObjectNode action = NODES.objectNode();
        action.put("target", target);
        if (remove) {
            action.put("remove", true);
        } else {
            action.set("update", update);
        }
        action.put("description", description);
        action.put("x-element", element);
        action.put("x-reason", "<fill in: why the spec keeps this although the pages say otherwise>");
        ArrayNode sourceList = action.putArray("x-sources");
        (sources.isEmpty() ? List.of("<fill in: document and line>") : sources).forEach(sourceList::add);
        ArrayNode list = NODES.arrayNode();
        list.add(action);
        return OpenApiFiles.yaml(list);
    }

    /** The documents of {@code file:line} references, once each. */
    private static List<String> sources(List<String> lines) {
        return lines.stream()
                .map(l -> l.contains(":") ? l.substring(0, l.lastIndexOf(':')) : l)
                .distinct()
                .toList();
    }

    private JsonNode specNode(String flattenedPointer) {
        return RawLocator.locate(spec, flattenedPointer)
                .map(t -> spec.at(Pointers.of(t)))
                .orElse(NODES.objectNode());
    }

    private String specPath(String flattenedPointer) {
        return RawLocator.locate(spec, flattenedPointer)
                .map(RawLocator::jsonPath)
                .orElse(specPathOf(flattenedPointer));
    }

    private static String specPathOf(String flattenedPointer) {
        return RawLocator.jsonPath(Pointers.tokens(flattenedPointer));
    }

    private static void put(ObjectNode into, List<String> key, JsonNode value) {
        ObjectNode node = into;
        for (int i = 0; i < key.size() - 1; i++) {
            node = node.has(key.get(i)) ? (ObjectNode) node.get(key.get(i)) : node.putObject(key.get(i));
        }
        node.set(key.get(key.size() - 1), value);
    }

    /** A fact's text back as a JSON value: booleans and numbers where the keyword takes them. */
    private static JsonNode typed(FactKind kind, String text) {
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        if (kind == FactKind.CONSTRAINT && text.matches("-?\\d+(\\.\\d+)?")) {
            return NODES.numberNode(new java.math.BigDecimal(text));
        }
        if (kind == FactKind.EXTENSION && (text.startsWith("{") || text.startsWith("["))) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return NODES.textNode(text);
            }
        }
        return NODES.textNode(text);
    }
}
