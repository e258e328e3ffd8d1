package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.DocumentedProperty;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one table row of a page says about a property, read by the drafter's rules alone (the type cell by
 * {@code TypeCells}: links followed to their headings, {@code Array<X>}, {@code string format: uuid}, dictionaries,
 * update values; the interval bound by {@code MaxIntervalFromContract}), before the rules reconcile the rows and
 * examples of every page. The conformance suite holds each row to the curated spec with it: one reading of the
 * pages for drafting, drift and conformance.
 *
 * @param source the row's document and line
 * @param property the row as docs-reader read it (presence, declared nullability, bounds, deprecation)
 * @param owner the drafted component the row's table describes
 * @param kind the JSON type the cell says: {@code string}, {@code number}, {@code integer}, {@code boolean},
 *     {@code object} (a named object, a map or free-form JSON); empty when the cell was lost or names nothing read
 * @param array whether the cell says an array of {@code kind}
 * @param format the format the cell states ({@code uuid}, {@code decimal}, {@code hybrid-id}, ...), or empty
 * @param reference the drafted component the cell names (an object or an enum), or {@code null}
 * @param referenceDocNames the headings and titles the pages give that component
 * @param maxInterval the interval bound the contract cell states, as an ISO 8601 period, or {@code null}
 * @param unread the parts of the contract cell no rule reads (neither a bound nor an interval length)
 */
public record TableRow(
        SourceRef source,
        DocumentedProperty property,
        String owner,
        String kind,
        boolean array,
        String format,
        @Nullable String reference,
        List<String> referenceDocNames,
        @Nullable String maxInterval,
        List<String> unread) {
    public TableRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(property, "property");
        referenceDocNames = List.copyOf(referenceDocNames);
        unread = List.copyOf(unread);
    }

    /** Whether the row says what the property holds. */
    public boolean typed() {
        return !kind.isEmpty();
    }

    /**
     * Every table row of the pages in document and line order: the rows the drafted objects hold, with the types
     * their cells resolved to, and the rows of tables no drafted object holds, scalar cells only.
     */
    static List<TableRow> readAll(ModelBuilder model, List<SourceDocument> documents) {
        List<TableRow> rows = new ArrayList<>();
        Set<SourceRef> read = new HashSet<>();
        for (PropertyDraft property : model.allProperties()) {
            for (TableFact fact : property.tables) {
                rows.add(of(fact, property.owner.name));
                read.add(fact.source());
            }
        }
        for (SourceDocument document : documents) {
            for (DocumentedOperation operation : document.operations()) {
                for (PropertyTable table : operation.tables()) {
                    for (DocumentedProperty row : table.properties()) {
                        SourceRef at = new SourceRef(document.fileName(), row.line());
                        if (read.add(at)) {
                            rows.add(unattached(at, row, table.objectName()));
                        }
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(TableRow::source));
        return rows;
    }

    /** A row of a table no drafted object holds (an error response's): scalar cells only. */
    static TableRow unattached(SourceRef source, DocumentedProperty row, String table) {
        return of(new TableFact(source, row, TypeCells.plainCell(row.type()), DraftRules.TYPE_FROM_TABLE), table);
    }

    private static TableRow of(TableFact fact, String owner) {
        TypeRef type = fact.type();
        boolean array = type instanceof TypeRef.ArrayOf;
        TypeRef element = type.element();
        String kind = "";
        String format = "";
        String reference = null;
        List<String> docNames = List.of();
        if (element instanceof TypeRef.Scalar scalar) {
            kind = scalar.type();
            format = scalar.format();
        } else if (element instanceof TypeRef.Ref ref) {
            SchemaDraft target = ref.target();
            kind = target.kind == SchemaDraft.Kind.ENUM || target.kind == SchemaDraft.Kind.SCALAR ? "string" : "object";
            reference = target.name;
            docNames = List.copyOf(target.docNames);
        } else if (element instanceof TypeRef.MapOf || element instanceof TypeRef.FreeObject) {
            kind = "object";
        }
        String interval = fact.property().constraints().unparsed().stream()
                .map(MaxIntervalFromContract::period)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        List<String> unread = fact.property().constraints().unparsed().stream()
                .filter(part -> MaxIntervalFromContract.period(part) == null)
                .toList();
        return new TableRow(
                fact.source(), fact.property(), owner, kind, array, format, reference, docNames, interval, unread);
    }
}
