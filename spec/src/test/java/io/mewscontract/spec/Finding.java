package io.mewscontract.spec;

/**
 * One difference between a source document and the spec.
 *
 * @param documentId the document's id in RECONCILIATION.md ({@code 000}..{@code 004})
 * @param where      document file and line, e.g. {@code 004_fe88fa7031de54c6.txt:512}
 * @param element    the spec element it concerns, {@code Schema.Property}
 * @param problem    what differs, in words a curator can act on
 * @param explained  whether a RECONCILIATION.md row about {@code element} names the document
 */
record Finding(String documentId, String where, String element, String problem, boolean explained) {

    @Override
    public String toString() {
        return where + " [" + element + "] " + problem
                + (explained ? " (explained in RECONCILIATION.md)"
                        : " (not explained: add a row for `" + element + "` naming " + documentId
                                + " to RECONCILIATION.md, or fix the spec)");
    }
}
