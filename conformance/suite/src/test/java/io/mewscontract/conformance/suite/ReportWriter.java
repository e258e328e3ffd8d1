package io.mewscontract.conformance.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.conformance.checks.Reconciliation;
import io.mewscontract.docs.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the conformance report: {@code report.md} (the matrix of document × operation × check, then every
 * difference with the RECONCILIATION.md row that explains it or the decision it contradicts) and its twin
 * {@code report.json}, with the same facts for tools. The output depends only on the outcomes, so two runs over the
 * same inputs write the same bytes.
 */
final class ReportWriter {

    static final String MARKDOWN = "report.md";
    static final String JSON = "report.json";

    private static final String RECONCILIATION_LINK = "../../../spec/RECONCILIATION.md";

    private final Reconciliation reconciliation;
    private final List<SourceDocument> documents;

    ReportWriter(Reconciliation reconciliation, List<SourceDocument> documents) {
        this.reconciliation = reconciliation;
        this.documents = List.copyOf(documents);
    }

    /** Writes both files into {@code directory}, creating it; returns the markdown file. */
    Path write(Path directory, List<Outcome> outcomes, TrafficSummary traffic) throws IOException {
        List<Outcome> sorted = sorted(outcomes);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(JSON), json(sorted, traffic));
        return Files.writeString(directory.resolve(MARKDOWN), markdown(sorted, traffic));
    }

    /** Document order, then operation order within the document, then line, then check. */
    private List<Outcome> sorted(List<Outcome> outcomes) {
        Map<String, Integer> documentOrder = new LinkedHashMap<>();
        Map<String, Integer> operationOrder = new LinkedHashMap<>();
        for (SourceDocument document : documents) {
            documentOrder.put(document.fileName(), documentOrder.size());
            for (String path : document.operationPaths()) {
                operationOrder.putIfAbsent(document.fileName() + " " + path, operationOrder.size());
            }
        }
        return outcomes.stream()
                .sorted(Comparator.comparing((Outcome o) -> documentOrder.getOrDefault(o.document(), Integer.MAX_VALUE))
                        .thenComparing(Outcome::document)
                        .thenComparing(
                                o -> operationOrder.getOrDefault(o.document() + " " + o.operation(), Integer.MAX_VALUE))
                        .thenComparing(Outcome::operation)
                        .thenComparingInt(Outcome::line)
                        .thenComparing(Outcome::subject)
                        .thenComparing(Outcome::check))
                .toList();
    }

    private String markdown(List<Outcome> outcomes, TrafficSummary traffic) {
        StringBuilder md = new StringBuilder();
        Map<Outcome.Status, Long> counts = counts(outcomes);
        long failures = counts.get(Outcome.Status.FAIL);
        md.append("# Conformance report\n\n");
        md.append("The spec (`spec/mews-connector-api.yaml`), the generated client and server, and the sandbox, checked"
                + " against every example, property table and enum list of the documents in `spec/docs/`. Written by"
                + " `mvn verify` (module `conformance/suite`); `report.json` holds the same facts.\n\n");
        md.append("**Result: ")
                .append(failures == 0 ? "PASS" : "FAIL")
                .append("**: ")
                .append(outcomes.size())
                .append(" checks, ")
                .append(counts.get(Outcome.Status.PASS))
                .append(" pass, ")
                .append(counts.get(Outcome.Status.EXPLAINED))
                .append(" explained by RECONCILIATION.md, ")
                .append(failures)
                .append(" unexplained failures")
                .append(failures == 0 ? "." : " (the build fails).")
                .append("\n\n");

        md.append("## How to read it\n\n");
        md.append("Each cell counts the subjects (examples, tables, enum lists) of a document's operation that a check"
                + " judged: **pass** (nothing differs), **explained** (every difference has a row under *Divergences"
                + " and decisions* in [RECONCILIATION.md](" + RECONCILIATION_LINK + ") naming this document), **FAIL**"
                + " (a difference nothing explains: fix the spec, the code or the sandbox, or add the decision to"
                + " RECONCILIATION.md). `—`: the check does not apply. Every explained or failed subject is listed"
                + " under *Differences* with its document line, the spec element and the RECONCILIATION.md row it"
                + " relies on or contradicts.\n\n");
        md.append("| Check | Passes when |\n|---|---|\n");
        for (Check check : Check.values()) {
            md.append("| ")
                    .append(check.title())
                    .append(" | ")
                    .append(check.meaning())
                    .append(" |\n");
        }
        md.append('\n');

        md.append("## Matrix\n\n| Document | Operation |");
        for (Check check : Check.values()) {
            md.append(' ').append(check.title()).append(" |");
        }
        md.append("\n|---|---|");
        md.append("---|".repeat(Check.values().length)).append('\n');
        Map<String, List<Outcome>> rows = outcomes.stream()
                .collect(Collectors.groupingBy(
                        o -> o.document() + "\u0000" + o.operation(), LinkedHashMap::new, Collectors.toList()));
        for (List<Outcome> row : rows.values()) {
            Outcome first = row.get(0);
            md.append("| ")
                    .append(first.documentId())
                    .append(" `")
                    .append(first.document())
                    .append("` | ")
                    .append(first.shortOperation())
                    .append(" |");
            for (Check check : Check.values()) {
                md.append(' ')
                        .append(cell(
                                row.stream().filter(o -> o.check() == check).toList()))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append('\n');

        md.append("## Differences\n\n");
        List<Outcome> notPassing =
                outcomes.stream().filter(o -> o.status() != Outcome.Status.PASS).toList();
        if (notPassing.isEmpty()) {
            md.append("None: every check passes without a RECONCILIATION.md row.\n\n");
        }
        for (Outcome outcome : notPassing) {
            md.append("### ")
                    .append(outcome.status() == Outcome.Status.FAIL ? "FAIL" : "Explained")
                    .append(": ")
                    .append(outcome.label())
                    .append(", ")
                    .append(outcome.check().title())
                    .append("\n\n");
            for (Finding finding : outcome.findings()) {
                md.append("- `")
                        .append(finding.where())
                        .append("` `")
                        .append(finding.element())
                        .append("`: ")
                        .append(escape(finding.problem()))
                        .append("\n  ")
                        .append(reason(finding))
                        .append('\n');
            }
            md.append('\n');
        }

        md.append("## Traffic\n\n");
        md.append(traffic.exchanges())
                .append(
                        " HTTP exchanges with the sandbox (each documented request as written,"
                                + " and again through the generated client) were validated against the spec as they crossed the wire");
        if (traffic.problems().isEmpty()) {
            md.append("; none breaks it.\n\n");
        } else {
            md.append("; these break it:\n\n");
            traffic.problems().forEach(p -> md.append("- ").append(escape(p)).append('\n'));
            md.append('\n');
        }

        md.append("## Every check\n\n| Document | Operation | Subject | Line | Check | Result |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Outcome outcome : outcomes) {
            md.append("| ")
                    .append(outcome.documentId())
                    .append(" | ")
                    .append(outcome.shortOperation())
                    .append(" | ")
                    .append(escape(outcome.subject()))
                    .append(" | ")
                    .append(outcome.line())
                    .append(" | ")
                    .append(outcome.check().title())
                    .append(" | ")
                    .append(word(outcome.status()))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** {@code pass 2}, {@code explained 1, pass 1}, {@code FAIL 1 of 2}. */
    private static String cell(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "—";
        }
        Map<Outcome.Status, Long> counts = counts(outcomes);
        List<String> parts = new ArrayList<>();
        if (counts.get(Outcome.Status.FAIL) > 0) {
            parts.add("**FAIL " + counts.get(Outcome.Status.FAIL) + " of " + outcomes.size() + "**");
        }
        if (counts.get(Outcome.Status.EXPLAINED) > 0) {
            parts.add("explained " + counts.get(Outcome.Status.EXPLAINED));
        }
        if (counts.get(Outcome.Status.PASS) > 0) {
            parts.add("pass " + counts.get(Outcome.Status.PASS));
        }
        return String.join(", ", parts);
    }

    private String reason(Finding finding) {
        if (finding.explanation() != null) {
            Reconciliation.Row row = finding.explanation();
            return "Explained by [RECONCILIATION.md:" + row.line() + "](" + RECONCILIATION_LINK + "): "
                    + escape(row.decision());
        }
        Optional<Reconciliation.Row> decision = reconciliation.decisionAbout(finding.element());
        return decision.map(row -> "**Unexplained.** Contradicts the decision at [RECONCILIATION.md:" + row.line()
                        + "](" + RECONCILIATION_LINK + "): " + escape(row.decision()))
                .orElse("**Unexplained.** RECONCILIATION.md records no decision about `" + finding.element()
                        + "`: fix the spec or the code, or add a row under *Divergences and decisions* naming "
                        + finding.documentId() + ".");
    }

    private String json(List<Outcome> outcomes, TrafficSummary traffic) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        Map<Outcome.Status, Long> counts = counts(outcomes);
        root.put("result", counts.get(Outcome.Status.FAIL) == 0 ? "PASS" : "FAIL");
        ObjectNode summary = root.putObject("summary");
        summary.put("checks", outcomes.size());
        counts.forEach((status, count) -> summary.put(word(status).toLowerCase(Locale.ROOT), count));
        ArrayNode checks = root.putArray("checkDefinitions");
        for (Check check : Check.values()) {
            checks.addObject()
                    .put("id", check.name())
                    .put("title", check.title())
                    .put("passesWhen", check.meaning());
        }
        ArrayNode list = root.putArray("outcomes");
        for (Outcome outcome : outcomes) {
            ObjectNode node = list.addObject()
                    .put("document", outcome.document())
                    .put("documentId", outcome.documentId())
                    .put("operation", outcome.operation())
                    .put("subject", outcome.subject())
                    .put("line", outcome.line())
                    .put("check", outcome.check().name())
                    .put("status", outcome.status().name());
            ArrayNode findings = node.putArray("findings");
            for (Finding finding : outcome.findings()) {
                ObjectNode f = findings.addObject()
                        .put("where", finding.where())
                        .put("element", finding.element())
                        .put("problem", finding.problem())
                        .put("explained", finding.explained());
                if (finding.explanation() != null) {
                    row(f.putObject("explainedBy"), finding.explanation());
                } else {
                    reconciliation.decisionAbout(finding.element()).ifPresent(r -> row(f.putObject("contradicts"), r));
                }
            }
        }
        ObjectNode trafficNode = root.putObject("traffic").put("exchanges", traffic.exchanges());
        traffic.problems().forEach(trafficNode.putArray("problems")::add);
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void row(ObjectNode node, Reconciliation.Row row) {
        node.put("file", "spec/RECONCILIATION.md").put("line", row.line()).put("decision", row.decision());
    }

    private static Map<Outcome.Status, Long> counts(List<Outcome> outcomes) {
        Map<Outcome.Status, Long> counts = new EnumMap<>(Outcome.Status.class);
        for (Outcome.Status status : Outcome.Status.values()) {
            counts.put(
                    status, outcomes.stream().filter(o -> o.status() == status).count());
        }
        return counts;
    }

    private static String word(Outcome.Status status) {
        return switch (status) {
            case PASS -> "pass";
            case EXPLAINED -> "explained";
            case FAIL -> "FAIL";
        };
    }

    /** Keeps a table cell a cell: pipes and line breaks would end it. */
    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
