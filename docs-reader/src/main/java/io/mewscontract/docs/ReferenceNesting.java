package io.mewscontract.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Splits a reference page's flat property run into one table per schema.
 *
 * <p>The page marks where a nested schema starts (its title and {@code object}) but not where it
 * ends: after the last property of {@code Tax breakdown item}, {@code State} of
 * {@code Preauthorization} follows with nothing in between. The rules, in order:
 * <ol>
 *   <li>the first property after a schema title belongs to that schema;</li>
 *   <li>a property stays in the innermost open schema when examples show it there;</li>
 *   <li>otherwise it goes to the nearest enclosing schema whose example objects have that key and
 *       that has not listed it yet (a schema never lists a property twice);</li>
 *   <li>otherwise it stays in the innermost open schema. This is a guess and is reported as a
 *       {@link ReadingNote}.</li>
 * </ol>
 * The alternatives of a {@code oneOf} ({@code One of}, then each alternative's title and {@code object}) are
 * siblings: each closes the alternative before it and opens in the schema that lists the property.
 * Examples come from the page itself and, when the caller read several documents, from the other
 * renderings of the same operation ({@link ExampleEvidence}).
 */
final class ReferenceNesting {

    private ReferenceNesting() {}

    /** An open schema while the run is walked. */
    private static final class Frame {
        final String name;
        final int line;
        final List<JsonShapes.Step> path;
        final List<DocumentedProperty> properties = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        boolean fresh = true;

        Frame(String name, int line, List<JsonShapes.Step> path) {
            this.name = name;
            this.line = line;
            this.path = List.copyOf(path);
        }
    }

    /** The schema's own table followed by one table per nested schema, in the order they open. */
    static List<PropertyTable> tables(ReferenceSchema schema, List<JsonNode> examples, List<ReadingNote> notes) {
        Frame root = new Frame(schema.title, schema.line, List.of());
        List<Frame> open = new ArrayList<>(List.of(root));
        List<Frame> all = new ArrayList<>(List.of(root));
        Map<ReferenceSchema.Entry, Frame> owners = new HashMap<>();
        for (ReferenceSchema.Entry entry : schema.properties) {
            if (entry.variantOf != null) {
                // A oneOf alternative of a property's value: a sibling of the other alternatives, nested in the
                // schema that lists the property.
                Frame union = owners.getOrDefault(entry.variantOf, root);
                while (open.size() > 1 && open.contains(union) && open.get(open.size() - 1) != union) {
                    open.remove(open.size() - 1);
                }
                List<JsonShapes.Step> path = new ArrayList<>(union.path);
                path.add(new JsonShapes.Step(entry.variantOf.name, entry.variantOf.opensArrayItems));
                Frame variant = new Frame(entry.name, entry.line, path);
                open.add(variant);
                all.add(variant);
                continue;
            }
            Frame owner = owner(entry, open, examples, notes);
            owners.put(entry, owner);
            while (open.get(open.size() - 1) != owner) {
                open.remove(open.size() - 1);
            }
            owner.properties.add(entry.toDocumented());
            owner.names.add(entry.name);
            if (entry.objectTitle != null) {
                List<JsonShapes.Step> path = new ArrayList<>(owner.path);
                path.add(new JsonShapes.Step(entry.name, entry.opensArrayItems));
                Frame nested = new Frame(entry.objectTitle, entry.objectTitleLine, path);
                open.add(nested);
                all.add(nested);
            }
        }
        List<PropertyTable> tables = new ArrayList<>();
        for (Frame frame : all) {
            boolean isRoot = frame == root;
            tables.add(new PropertyTable(
                    isRoot ? schema.role : TableRole.OBJECT,
                    frame.name,
                    frame.properties,
                    frame.line,
                    isRoot ? schema.responseDescription : "",
                    isRoot && schema.role == TableRole.RESPONSE
                            ? ResponseStatusPhrases.infer(schema.responseDescription)
                            : OptionalInt.empty()));
        }
        return tables;
    }

    private static Frame owner(
            ReferenceSchema.Entry entry, List<Frame> open, List<JsonNode> examples, List<ReadingNote> notes) {
        Frame innermost = open.get(open.size() - 1);
        if (innermost.fresh || open.size() == 1) {
            innermost.fresh = false;
            return innermost;
        }
        Optional<Set<String>> innermostKeys = JsonShapes.keysAt(examples, innermost.path);
        if (innermostKeys.map(keys -> keys.contains(entry.name)).orElse(false)) {
            return innermost;
        }
        for (int i = open.size() - 2; i >= 0; i--) {
            Frame enclosing = open.get(i);
            boolean shown = JsonShapes.keysAt(examples, enclosing.path)
                    .map(keys -> keys.contains(entry.name))
                    .orElse(false);
            if (shown && !enclosing.names.contains(entry.name)) {
                return enclosing;
            }
        }
        if (innermostKeys.isPresent()) {
            notes.add(new ReadingNote(
                    entry.line,
                    "placed '" + entry.name + "' in '" + innermost.name
                            + "', the schema listed last: the page does not show where '" + innermost.name
                            + "' ends and no example shows '" + entry.name + "' in any schema open here"));
        } else {
            notes.add(new ReadingNote(
                    entry.line,
                    "placed '" + entry.name + "' in '" + innermost.name
                            + "', the schema listed last: the page does not show where '" + innermost.name
                            + "' ends and no example shows a '" + innermost.name + "' object"));
        }
        return innermost;
    }
}
