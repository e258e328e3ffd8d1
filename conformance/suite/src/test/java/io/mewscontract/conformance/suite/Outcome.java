package io.mewscontract.conformance.suite;

import io.mewscontract.conformance.checks.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The result of one check of one subject (an example, a table or an enum list) of one document's operation.
 *
 * @param document  the document's file name
 * @param documentId its RECONCILIATION.md id, e.g. {@code 004}
 * @param operation the operation path, or {@link #ENUM_LISTS} for a document's enum lists
 * @param subject   what was checked, e.g. {@code response example} or {@code table 'Payment request'}
 * @param line      the subject's line in the document
 * @param check     the check
 * @param findings  every difference found, explained or not; empty for a pass
 */
record Outcome(
        String document,
        String documentId,
        String operation,
        String subject,
        int line,
        Check check,
        List<Finding> findings) {

    /** The pseudo-operation under which a document's enum lists are reported: they belong to no one operation. */
    static final String ENUM_LISTS = "(enum lists)";

    Outcome {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(check, "check");
        findings = List.copyOf(findings);
    }

    /** Pass: nothing found. Explained: every difference has a RECONCILIATION.md row. Fail: anything else. */
    enum Status {
        PASS,
        EXPLAINED,
        FAIL
    }

    Status status() {
        if (findings.isEmpty()) {
            return Status.PASS;
        }
        return findings.stream().allMatch(Finding::explained) ? Status.EXPLAINED : Status.FAIL;
    }

    List<Finding> unexplained() {
        return findings.stream().filter(f -> !f.explained()).toList();
    }

    /** {@code 004 paymentRequests/getAll, response example (line 254)}. */
    String label() {
        return documentId + " " + shortOperation() + ", " + subject + " (line " + line + ")";
    }

    /** The operation path without {@code /api/connector/v1/}. */
    String shortOperation() {
        String prefix = "/api/connector/v1/";
        return operation.startsWith(prefix) ? operation.substring(prefix.length()) : operation;
    }
}
