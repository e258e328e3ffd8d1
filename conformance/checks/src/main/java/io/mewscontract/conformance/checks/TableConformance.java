package io.mewscontract.conformance.checks;

import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.DocumentedProperty;
import io.mewscontract.docs.Presence;
import io.mewscontract.docs.PropertyConstraints;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docs.TableRole;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.TableRow;
import io.mewscontract.docstospec.facts.SpecReading;
import io.mewscontract.docstospec.facts.SpecReading.PropertyContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Compares every property of every document's property tables with the spec: existence, presence
 * (required/optional), nullability, type and constraints. Each difference becomes a {@link Finding},
 * explained or not by RECONCILIATION.md.
 *
 * <p>A row is read by the drafter's rules ({@link TableRow}: the type cell as {@code docs-to-spec} reads it when it
 * drafts the spec), the spec by {@link SpecReading}: no reading of cells or schemas of its own.
 */
public final class TableConformance {

    private final SpecReading spec;
    private final DraftResult rows;
    private final Reconciliation reconciliation;

    /**
     * @param rows the draft of the documents whose tables are checked: its {@link DraftResult#tableRows()} are
     *     the readings of their rows
     */
    public TableConformance(SpecReading spec, DraftResult rows, Reconciliation reconciliation) {
        this.spec = spec;
        this.rows = rows;
        this.reconciliation = reconciliation;
    }

    /** The spec component a document table describes, or a reason why there is none. */
    public Optional<String> componentOf(DocumentedOperation operation, PropertyTable table) {
        Optional<String> byName = spec.componentForDocName(table.objectName());
        if (byName.isPresent() || table.role() == TableRole.OBJECT) {
            return byName;
        }
        return table.role() == TableRole.REQUEST
                ? spec.requestComponent(operation.path())
                : spec.responseComponent(operation.path(), "200");
    }

    public List<Finding> check(SourceDocument document, DocumentedOperation operation, PropertyTable table) {
        String id = DocumentSet.idOf(document);
        List<Finding> findings = new ArrayList<>();
        Optional<String> component = componentOf(operation, table);
        if (component.isEmpty()) {
            findings.add(Finding.unexcusable(
                    id,
                    document.fileName() + ":" + table.line(),
                    table.objectName(),
                    "table '" + table.objectName()
                            + "' maps to no spec component (add it to a schema's x-mews-doc-names)"));
            return findings;
        }
        for (DocumentedProperty property : table.properties()) {
            String element = component.get() + "." + property.name();
            String where = document.fileName() + ":" + property.line();
            PropertyContract contract = spec.propertiesOf(component.get()).get(property.name());
            Optional<TableRow> row = rows.tableRow(document.fileName(), property.line());
            List<String> problems = contract == null
                    ? List.of("the document lists it, the spec does not")
                    : row.isEmpty()
                            ? List.of("the drafter read no row here, so its type cannot be compared")
                            : compare(row.get(), contract);
            for (String problem : problems) {
                findings.add(new Finding(
                        id,
                        where,
                        element,
                        problem,
                        reconciliation.explanation(element, id).orElse(null)));
            }
        }
        return findings;
    }

    private List<String> compare(TableRow row, PropertyContract contract) {
        DocumentedProperty doc = row.property();
        List<String> problems = new ArrayList<>();
        if (doc.presence() == Presence.REQUIRED && !contract.required()) {
            problems.add("the document says required, the spec says optional");
        }
        if (doc.presence() == Presence.OPTIONAL && contract.required()) {
            problems.add("the document says optional, the spec says required");
        }
        if (doc.nullable() && !contract.nullable()) {
            problems.add("the document says nullable, the spec does not");
        }
        typeProblem(row, contract).ifPresent(problems::add);
        problems.addAll(constraintProblems(row, contract));
        return problems;
    }

    /** The row's type against the spec's: kind, a format the row states, the component it names. */
    private Optional<String> typeProblem(TableRow row, PropertyContract contract) {
        if (!row.typed()) {
            // A lost cell says nothing to compare (RECONCILIATION.md, rule 6); one the drafter could not resolve
            // names an object or enum no document defines.
            boolean unresolved = rows.findings().stream()
                    .anyMatch(f ->
                            f.code().equals("unresolved-type") && f.source().equals(row.source()));
            return unresolved
                    ? Optional.of(
                            "the document's type '" + row.property().type() + "' names nothing the documents define")
                    : Optional.empty();
        }
        String written = "'" + row.property().type() + "'";
        if (row.array() != contract.kind().equals("array")) {
            return Optional.of("the document types it " + written + ", the spec as " + contract.kind());
        }
        String kind = row.array() ? Objects.requireNonNullElse(contract.itemKind(), "any") : contract.kind();
        if (!row.kind().equals(kind) && !(row.kind().equals("number") && kind.equals("integer"))) {
            return Optional.of("the document types it " + written + ", the spec as " + describe(contract));
        }
        if (!row.format().isEmpty() && !row.format().equals(contract.format())) {
            return Optional.of("the document gives format '" + row.format() + "', the spec "
                    + (contract.format() == null ? "none" : "'" + contract.format() + "'"));
        }
        if (row.reference() == null) {
            return Optional.empty();
        }
        Optional<String> named = row.referenceDocNames().stream()
                .map(spec::componentForDocName)
                .flatMap(Optional::stream)
                .findFirst();
        String component = named.orElse(spec.components().contains(row.reference()) ? row.reference() : null);
        if (component == null) {
            return Optional.of("the document's type " + written + " names no spec component (x-mews-doc-names "
                    + row.referenceDocNames() + ")");
        }
        return component.equals(contract.refName())
                ? Optional.empty()
                : Optional.of("the document's type " + written + " is component " + component + ", the spec uses "
                        + describe(contract));
    }

    private static String describe(PropertyContract contract) {
        return contract.refName() != null
                ? contract.refName()
                : contract.kind().equals("array") ? "array of " + contract.itemKind() : contract.kind();
    }

    private static List<String> constraintProblems(TableRow row, PropertyContract contract) {
        PropertyConstraints doc = row.property().constraints();
        List<String> problems = new ArrayList<>();
        compareBound("minItems", doc.minItems(), contract.minItems(), problems);
        compareBound("maxItems", doc.maxItems(), contract.maxItems(), problems);
        compareBound("minLength", doc.minLength(), contract.minLength(), problems);
        compareBound("maxLength", doc.maxLength(), contract.maxLength(), problems);
        if (row.maxInterval() != null && !row.maxInterval().equals(contract.maxInterval())) {
            problems.add("the document limits the interval to " + row.maxInterval()
                    + ", the spec's x-mews-max-interval is " + contract.maxInterval());
        }
        row.unread()
                .forEach(
                        unparsed -> problems.add("the document states '" + unparsed + "', which no check understands"));
        return problems;
    }

    private static void compareBound(String name, OptionalInt doc, @Nullable Integer spec, List<String> problems) {
        if (doc.isPresent() && !Objects.equals(doc.getAsInt(), spec)) {
            problems.add("the document says " + name + " " + doc.getAsInt() + ", the spec "
                    + (spec == null ? "none" : spec));
        }
    }
}
