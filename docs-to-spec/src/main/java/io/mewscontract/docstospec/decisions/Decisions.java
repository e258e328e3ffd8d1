package io.mewscontract.docstospec.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand decisions of a spec, read from an OpenAPI Overlay 1.0 document ({@code spec/decisions.overlay.yaml}).
 * Each action is a standard overlay action ({@code target}, {@code update} or {@code remove},
 * {@code description}: the decision) and carries its record as extensions: {@code x-element}, {@code x-section},
 * {@code x-documents-say}, {@code x-reason} and {@code x-sources}. Any overlay tool can apply the file; this class
 * also checks the record is complete.
 *
 * <p>One addition to the standard: {@code x-rename-to: NewName} on an action whose target is a component
 * ({@code $.components.schemas.OldName}) renames it and every {@code $ref} to it. Overlay 1.0 cannot rename a key,
 * and spelling a rename as copy, remove and one action per {@code $ref} would freeze a copy of the drafted schema
 * in the overlay, hiding every later change of the pages to it. Standard tools ignore the extension (the action
 * then carries an empty {@code update}).
 */
public final class Decisions {
    private final String name;
    private final JsonNode overlay;
    private final List<Decision> decisions;

    private Decisions(String name, JsonNode overlay, List<Decision> decisions) {
        this.name = name;
        this.overlay = overlay;
        this.decisions = List.copyOf(decisions);
    }

    /** No decisions: the draft is the spec. */
    public static Decisions none() {
        return new Decisions("(none)", OpenApiFiles.emptyObject(), List.of());
    }

    /**
     * Reads an overlay file.
     *
     * @throws DecisionFormatException naming the file and action when it is not an overlay 1.x document, an
     *     action lacks a target, an effect, a reason or a source, or a target is not a JSONPath expression
     */
    public static Decisions read(Path file) throws DecisionFormatException {
        JsonNode overlay;
        try {
            overlay = OpenApiFiles.read(file);
        } catch (OpenApiFiles.UnreadableDocumentException e) {
            throw new DecisionFormatException(String.valueOf(e.getMessage()));
        }
        Map<String, Integer> lines = Map.of();
        try {
            lines = Placeholders.lines(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException readJustNow) {
            // The tree was read a moment ago; without lines the placeholders are still named by pointer.
        }
        return parse(file.toString(), overlay, lines);
    }

    /** Reads an overlay given as a tree; {@code name} names it in messages (placeholders by pointer only). */
    public static Decisions parse(String name, JsonNode overlay) throws DecisionFormatException {
        return parse(name, overlay, Map.of());
    }

    /**
     * Reads an overlay given as a tree; {@code name} names it in messages, {@code placeholderLines} gives the
     * line of each placeholder by pointer ({@link Placeholders#lines}).
     */
    static Decisions parse(String name, JsonNode overlay, Map<String, Integer> placeholderLines)
            throws DecisionFormatException {
        if (!overlay.path("overlay").asText().startsWith("1.")) {
            throw new DecisionFormatException(name + ": not an OpenAPI Overlay 1.x document (no 'overlay: 1.0.0')");
        }
        if (!overlay.path("actions").isArray()) {
            throw new DecisionFormatException(name + ": the overlay has no 'actions' list");
        }
        List<Decision> decisions = new ArrayList<>();
        int index = 0;
        for (JsonNode action : overlay.get("actions")) {
            decisions.add(decision(name, index++, action));
        }
        List<String> unfilled = unfilled(name, overlay, placeholderLines);
        if (!unfilled.isEmpty()) {
            throw new DecisionFormatException(String.join("\n", unfilled));
        }
        return new Decisions(name, overlay, decisions);
    }

    private static Decision decision(String name, int index, JsonNode action) throws DecisionFormatException {
        String where = name + ": actions[" + index + "]";
        String target = action.path("target").asText("");
        if (target.isBlank()) {
            throw new DecisionFormatException(where + ": no 'target'");
        }
        try {
            JsonPath.compile(target);
        } catch (InvalidPathException e) {
            throw new DecisionFormatException(where + ": 'target' is not a JSONPath expression: " + e.getMessage());
        }
        boolean remove = action.path("remove").asBoolean(false);
        JsonNode update = action.get("update");
        String renameTo =
                action.hasNonNull("x-rename-to") ? action.get("x-rename-to").asText() : null;
        if (!remove && update == null && renameTo == null) {
            throw new DecisionFormatException(where + ": neither 'update' nor 'remove: true' nor 'x-rename-to'");
        }
        List<String> sources = new ArrayList<>();
        action.path("x-sources").forEach(s -> sources.add(s.asText()));
        for (String field : List.of("x-element", "x-reason", "description")) {
            if (action.path(field).asText("").isBlank()) {
                throw new DecisionFormatException(where + ": no '" + field + "': every decision names its element,"
                        + " says what it decides (description) and why (x-reason)");
            }
        }
        if (sources.isEmpty()) {
            throw new DecisionFormatException(where + ": no 'x-sources': name the documents (e.g. [001, FACTS])");
        }
        return new Decision(
                index,
                target,
                update,
                remove,
                renameTo,
                action.get("x-element").asText(),
                action.path("x-section").asText(""),
                action.path("x-documents-say").asText(""),
                action.get("description").asText().strip(),
                action.get("x-reason").asText().strip(),
                sources);
    }

    /**
     * One message per {@code <fill in: ...>} placeholder left in an action's record ({@code file:line: /actions/3/
     * x-reason: ...}): a suggested decision pasted from a drift report is not a decision until someone writes why.
     */
    private static List<String> unfilled(String name, JsonNode overlay, Map<String, Integer> lines) {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < overlay.get("actions").size(); i++) {
            JsonNode action = overlay.get("actions").get(i);
            for (Map.Entry<String, JsonNode> field : action.properties()) {
                if (field.getKey().equals("update") || field.getKey().equals("target")) {
                    continue; // the effect, not the record: a value there is what the spec gets
                }
                List<String> pointers = new ArrayList<>();
                String base = "/actions/" + i + "/" + field.getKey();
                if (field.getValue().isTextual()) {
                    pointers.add(base);
                }
                for (int j = 0;
                        field.getValue().isArray() && j < field.getValue().size();
                        j++) {
                    pointers.add(base + "/" + j);
                }
                for (String pointer : pointers) {
                    String text = overlay.at(pointer).asText("");
                    if (Placeholders.isPlaceholder(text)) {
                        Integer line = lines.get(pointer);
                        messages.add(name + (line == null ? "" : ":" + line) + ": " + pointer + " (actions[" + i
                                + "], " + action.path("x-element").asText("?") + "): unfilled placeholder '" + text
                                + "': write the decision's " + field.getKey().replace("x-", "")
                                + " (a suggested action from a drift report records nothing until then)");
                    }
                }
            }
        }
        return messages;
    }

    public List<Decision> all() {
        return decisions;
    }

    /** The file (or name) the decisions were read from. */
    public String name() {
        return name;
    }

    /** The overlay document as read. */
    public JsonNode overlay() {
        return overlay;
    }

    /** The same decisions without the one at {@code index}: what a negative control or a "what if" needs. */
    public Decisions without(int index) {
        List<Decision> kept = new ArrayList<>(decisions);
        kept.removeIf(d -> d.index() == index);
        return new Decisions(name, overlay, kept);
    }
}
