package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.List;

/** Collects one operation's facts while a parser walks its section; the parsers' only mutable state holder. */
final class OperationDraft {
    final String title;
    final int line;
    String path = "";
    String deprecation = "";
    final List<String> description = new ArrayList<>();
    final List<JsonExample> requestExamples = new ArrayList<>();
    final List<JsonExample> responseExamples = new ArrayList<>();
    final List<PropertyTable> tables = new ArrayList<>();

    OperationDraft(String title, int line) {
        this.title = title;
        this.line = line;
    }

    void addExample(TableRole section, JsonExample example) {
        (section == TableRole.REQUEST ? requestExamples : responseExamples).add(example);
    }

    DocumentedOperation build() {
        return new DocumentedOperation(
                title,
                path,
                String.join(" ", description),
                line,
                requestExamples,
                responseExamples,
                tables,
                deprecation);
    }
}
