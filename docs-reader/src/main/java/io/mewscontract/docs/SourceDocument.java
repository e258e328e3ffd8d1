package io.mewscontract.docs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link DocumentReader} extracted from one document.
 *
 * @param fileName the document's file name, for messages
 * @param rendering the rendering detected from the content
 * @param operations the operations in document order
 * @param enums the enums listed anywhere in the document, in document order
 * @param orphanLines text the GitBook export moved to the end of the page: the remains of cells and
 *     list items that held a link (e.g. {@code Preauthorization - indicates that a is requested.})
 *     and the dropped link texts themselves. Never interpreted, only exposed. Empty for the other
 *     renderings.
 * @param notes what the reader had to guess while reading (e.g. the nesting of a reference page's
 *     schemas where no example decides it)
 * @param objects object tables that belong to no operation: those of a shared objects page
 *     ({@code _objects.md}) or of a section without an endpoint, in document order
 * @param headings every heading below the page title, with the anchor a link uses to reach it, in
 *     document order (markdown only: the other renderings do not mark headings)
 * @param findings defects of the page: tables missing a column, sections that read as nothing
 */
public record SourceDocument(
        String fileName,
        Rendering rendering,
        List<DocumentedOperation> operations,
        List<DocumentedEnum> enums,
        List<SourceLine> orphanLines,
        List<ReadingNote> notes,
        List<PropertyTable> objects,
        List<DocumentHeading> headings,
        List<Finding> findings) {

    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(rendering, "rendering");
        operations = List.copyOf(operations);
        enums = List.copyOf(enums);
        orphanLines = List.copyOf(orphanLines);
        notes = List.copyOf(notes);
        objects = List.copyOf(objects);
        headings = List.copyOf(headings);
        findings = List.copyOf(findings);
    }

    /** A document with operations only, as the reference page parser produces. */
    public SourceDocument(
            String fileName,
            Rendering rendering,
            List<DocumentedOperation> operations,
            List<DocumentedEnum> enums,
            List<SourceLine> orphanLines,
            List<ReadingNote> notes) {
        this(fileName, rendering, operations, enums, orphanLines, notes, List.of(), List.of(), List.of());
    }

    /** The heading a link anchor ({@code widget-state}) names, if the page has it. */
    public Optional<DocumentHeading> heading(String anchor) {
        return headings.stream().filter(h -> h.anchor().equals(anchor)).findFirst();
    }

    /** The operation with this exact path, e.g. {@code /api/connector/v1/paymentRequests/add}. */
    public Optional<DocumentedOperation> operation(String path) {
        return operations.stream().filter(o -> o.path().equals(path)).findFirst();
    }

    /** The enum with this exact name, e.g. {@code Payment request state}. */
    public Optional<DocumentedEnum> enumNamed(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The operation paths in document order. */
    public List<String> operationPaths() {
        return operations.stream().map(DocumentedOperation::path).toList();
    }

    /** Every example of the document, in operation order. */
    public List<JsonExample> examples() {
        return operations.stream().flatMap(o -> o.examples().stream()).toList();
    }
}
