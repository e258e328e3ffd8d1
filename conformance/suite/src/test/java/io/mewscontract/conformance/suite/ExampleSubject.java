package io.mewscontract.conformance.suite;

import io.mewscontract.conformance.checks.DocumentSet;
import io.mewscontract.conformance.checks.ExampleConformance.Direction;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/** One JSON example of one operation of one document: the unit the example checks judge. */
record ExampleSubject(
        SourceDocument document, DocumentedOperation operation, JsonExample example, Direction direction) {

    /** Every example of every document, in document, operation and example order. */
    static List<ExampleSubject> all(List<SourceDocument> documents) {
        List<ExampleSubject> subjects = new ArrayList<>();
        for (SourceDocument document : documents) {
            for (DocumentedOperation operation : document.operations()) {
                for (JsonExample example : operation.requestExamples()) {
                    subjects.add(new ExampleSubject(document, operation, example, Direction.REQUEST));
                }
                for (JsonExample example : operation.responseExamples()) {
                    subjects.add(new ExampleSubject(document, operation, example, Direction.RESPONSE));
                }
            }
        }
        return subjects;
    }

    String documentId() {
        return DocumentSet.idOf(document);
    }

    String path() {
        return operation.path();
    }

    /** {@code 004_fe88fa7031de54c6.txt:254}. */
    String where() {
        return document.fileName() + ":" + example.line();
    }

    String kind() {
        return direction == Direction.REQUEST ? "request example" : "response example";
    }

    /** A finding about this example that RECONCILIATION.md cannot excuse. */
    Finding finding(String element, String problem) {
        return Finding.unexcusable(documentId(), where(), element, problem);
    }

    Outcome outcome(Check check, List<Finding> findings) {
        return new Outcome(document.fileName(), documentId(), path(), kind(), example.line(), check, findings);
    }

    @Override
    public String toString() {
        return documentId() + " " + path() + " " + kind() + " (line " + example.line() + ")";
    }
}
