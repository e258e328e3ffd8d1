package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.DocumentedProperty;
import io.mewscontract.docs.Finding;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.Rendering;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docs.SourceLine;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type cells a GitBook export lost, given back. The export drops a cell whose content held a link ({@code
 * array of [Widget](#widget)}) and prints its texts at the page's end, in page order ({@code array of},
 * {@code Widget}), among the texts of the other links it dropped (a hint's, a description's). A row without a
 * type cell is recognised by the reader; the end's texts that name a type (an object or enum of the pages read, or
 * a type the rules know by name: {@code Localized text}, {@code Hybrid identifier}, {@code ... update value},
 * {@code Dictionary ...}, the well-known objects), with a preceding {@code array of} or {@code string}, are the lost
 * cells. Only when a page has exactly as many of them as rows without a type are they paired, in order; otherwise
 * nothing is guessed (a note says so) and the examples decide, as before.
 */
final class LostTypeCells {
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:array of|string)$");
    private static final Pattern BY_NAME =
            Pattern.compile("(?i)^(?:localized text|hybrid identifier|.+ update value|dictionary(?: of .+)?)$");

    /** A recovered cell: its text, and the line at the page's end it was printed on. */
    record Recovered(String text, SourceRef printedAt) {}

    private final Map<SourceRef, Recovered> cells = new HashMap<>();

    LostTypeCells(Catalog catalog, DraftContext context) {
        for (SourceDocument document : catalog.documents) {
            if (document.rendering() == Rendering.GITBOOK_EXPORT) {
                pair(document, catalog, context);
            }
        }
    }

    /** The cell the export lost from the row at this document and line, if it was recovered. */
    Optional<Recovered> at(SourceRef row) {
        return Optional.ofNullable(cells.get(row));
    }

    private void pair(SourceDocument document, Catalog catalog, DraftContext context) {
        List<DocumentedProperty> rows = new ArrayList<>();
        for (DocumentedOperation op : document.operations()) {
            op.tables().forEach(t -> untyped(t, rows));
        }
        document.objects().forEach(t -> untyped(t, rows));
        rows.sort(Comparator.comparingInt(DocumentedProperty::line));
        List<Recovered> printed = new ArrayList<>();
        List<SourceLine> orphans = document.orphanLines();
        for (int i = 0; i < orphans.size(); i++) {
            SourceLine line = orphans.get(i);
            String text = line.text().strip();
            if (PREFIX.matcher(text).matches() && i + 1 < orphans.size()) {
                String name = heading(orphans.get(i + 1).text().strip(), catalog);
                if (name.isEmpty() || namesType(name, catalog)) {
                    printed.add(new Recovered(
                            name.isEmpty() ? "" : text + " " + name,
                            new SourceRef(
                                    document.fileName(), orphans.get(i + 1).line())));
                    i++;
                }
            } else {
                String name = heading(text, catalog);
                if (name.isEmpty() || namesType(name, catalog)) {
                    printed.add(new Recovered(name, new SourceRef(document.fileName(), line.line())));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        if (printed.size() != rows.size()) {
            context.find(Finding.note(
                    document.fileName(),
                    rows.get(0).line(),
                    "lost-type-cells",
                    rows.size() + " rows lost their type cell in the export and the page's end names " + printed.size()
                            + " types: not paired; those rows are typed from the examples"));
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!printed.get(i).text().isEmpty()) { // empty: names one of several versions; the examples decide
                cells.put(new SourceRef(document.fileName(), rows.get(i).line()), printed.get(i));
            }
        }
    }

    private static void untyped(PropertyTable table, List<DocumentedProperty> rows) {
        table.properties().stream().filter(p -> p.type().isBlank()).forEach(rows::add);
    }

    /**
     * The heading a link text names: itself, or the one versioned heading it is the start of (a link's text
     * {@code Currency value} to the heading {@code Currency value (ver 2023-02-02)}); empty when it is the start
     * of several (the export does not say which one the link went to).
     */
    private static String heading(String text, Catalog catalog) {
        String key = Names.key(text);
        if (key.isEmpty() || catalog.names(key)) {
            return text;
        }
        List<String> versioned = new ArrayList<>();
        for (String name : catalog.objects.keySet()) {
            if (name.startsWith(key + " (")) {
                versioned.add(catalog.objects.get(name).get(0).table().objectName());
            }
        }
        for (String name : catalog.enums.keySet()) {
            if (name.startsWith(key + " (")) {
                versioned.add(catalog.enums.get(name).get(0).list().name());
            }
        }
        return versioned.size() == 1 ? versioned.get(0) : versioned.isEmpty() ? text : "";
    }

    private static boolean namesType(String text, Catalog catalog) {
        String key = Names.key(text);
        return !key.isEmpty()
                && (catalog.names(key)
                        || BY_NAME.matcher(key).matches()
                        || !WellKnownObjects.nameForKey(key).isEmpty());
    }
}
