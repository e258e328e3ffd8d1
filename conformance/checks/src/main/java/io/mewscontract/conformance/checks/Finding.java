package io.mewscontract.conformance.checks;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between a source document and the spec.
 *
 * @param documentId  the document's id in RECONCILIATION.md ({@code 000}..{@code 004}), see {@link DocumentSet#idOf}
 * @param where       document file and line, e.g. {@code 004_fe88fa7031de54c6.txt:512}
 * @param element     the spec element it concerns: {@code Schema.Property}, a component, or an operation path
 * @param problem     what differs, in words a curator can act on
 * @param explanation the RECONCILIATION.md divergence row that explains the difference for this document, or
 *                    {@code null} when none does
 */
public record Finding(
        String documentId, String where, String element, String problem, Reconciliation.@Nullable Row explanation) {

    public Finding {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(problem, "problem");
    }

    /** A finding that no row can excuse (invalid JSON, a schema violation, a closed enum). */
    public static Finding unexcusable(String documentId, String where, String element, String problem) {
        return new Finding(documentId, where, element, problem, null);
    }

    /** Whether RECONCILIATION.md explains this difference for this document. */
    public boolean explained() {
        return explanation != null;
    }

    @Override
    public String toString() {
        return where + " [" + element + "] " + problem
                + (explained()
                        ? " (explained in RECONCILIATION.md:"
                                + java.util.Objects.requireNonNull(explanation).line() + ")"
                        : " (not explained: add a row for `" + element + "` naming " + documentId
                                + " to RECONCILIATION.md, or fix the spec)");
    }
}
