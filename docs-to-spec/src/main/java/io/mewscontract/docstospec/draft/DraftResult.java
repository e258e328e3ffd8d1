package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.docs.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of drafting a set of pages.
 *
 * @param openApi the OpenAPI 3.0.3 draft as a Jackson tree, without evidence (so it compares cleanly
 *     with a curated spec); the accessor returns a fresh copy
 * @param evidence one entry per decision, addressed by JSON pointer into {@code openApi}
 * @param findings defects and notes about the pages, in document and line order
 * @param tableRows every table row of the pages as the rules read it alone, in document order
 */
public record DraftResult(
        ObjectNode openApi, List<Evidence> evidence, List<Finding> findings, List<TableRow> tableRows) {
    /** Name of the extension {@link #openApiWithEvidence()} attaches to each decided element. */
    public static final String EVIDENCE_EXTENSION = "x-mews-evidence";

    public DraftResult {
        openApi = Objects.requireNonNull(openApi, "openApi").deepCopy();
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
        tableRows = List.copyOf(tableRows);
    }

    public DraftResult(ObjectNode openApi, List<Evidence> evidence, List<Finding> findings) {
        this(openApi, evidence, findings, List.of());
    }

    /** The reading of the row at this document and line, if a table row is there. */
    public java.util.Optional<TableRow> tableRow(String document, int line) {
        return tableRows.stream()
                .filter(r ->
                        r.source().document().equals(document) && r.source().line() == line)
                .findFirst();
    }

    @Override
    public ObjectNode openApi() {
        return openApi.deepCopy();
    }

    /** The evidence for the element at this JSON pointer, in decision order. */
    public List<Evidence> evidenceFor(String pointer) {
        return evidence.stream().filter(e -> e.pointer().equals(pointer)).toList();
    }

    /** Whether any finding is an {@link Finding.Severity#ERROR}: some input could not be used. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    /**
     * The draft with each decision's evidence attached to its element as an {@code x-mews-evidence} list of
     * one line per decision, {@code "Rule: decision @ doc:line, doc:line"}, for a person reviewing the draft
     * (the structured form is {@link #evidence()}).
     */
    public ObjectNode openApiWithEvidence() {
        ObjectNode copy = openApi.deepCopy();
        for (Evidence e : evidence) {
            JsonNode target = copy.at(e.pointer());
            if (!(target instanceof ObjectNode element)) {
                continue;
            }
            ArrayNode list = element.has(EVIDENCE_EXTENSION)
                    ? (ArrayNode) element.get(EVIDENCE_EXTENSION)
                    : element.putArray(EVIDENCE_EXTENSION);
            StringBuilder line = new StringBuilder(e.rule()).append(": ").append(e.decision());
            for (int i = 0; i < e.sources().size(); i++) {
                line.append(i == 0 ? " @ " : ", ").append(e.sources().get(i));
            }
            list.add(line.toString());
        }
        return copy;
    }
}
