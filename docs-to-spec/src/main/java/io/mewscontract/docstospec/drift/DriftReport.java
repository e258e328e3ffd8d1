package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a drift run, as markdown for people and JSON for tools.
 *
 * @param spec the curated spec's file
 * @param decisions the decisions file, or {@code (none)}
 * @param pages the pages read
 * @param findings what the pages say that the spec does not
 * @param pageFindings defects of the pages themselves ({@code file:line: severity [code] message}); they are not
 *     drift, but a page that could not be read may hide some
 */
public record DriftReport(
        String spec, String decisions, List<String> pages, List<DriftFinding> findings, List<String> pageFindings) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DriftReport {
        pages = List.copyOf(pages);
        findings = List.copyOf(findings);
        pageFindings = List.copyOf(pageFindings);
    }

    public boolean hasDrift() {
        return !findings.isEmpty();
    }

    public long breakingCount() {
        return findings.stream().filter(DriftFinding::breaking).count();
    }

    /** The findings counted by kind, in kind order. */
    public Map<DriftKind, Integer> counts() {
        Map<DriftKind, Integer> counts = new EnumMap<>(DriftKind.class);
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return counts;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Drift report\n\n");
        md.append("Spec: `")
                .append(spec)
                .append("`  \nDecisions: `")
                .append(decisions)
                .append("`  \nPages: ")
                .append(pages.size())
                .append("\n\n");
        if (findings.isEmpty()) {
            md.append("No drift: the pages say nothing that the spec and its decisions do not already say.\n");
        } else {
            md.append(findings.size())
                    .append(" finding(s), ")
                    .append(breakingCount())
                    .append(" possibly breaking for existing client code.\n\n| Kind | Count |\n|---|---|\n");
            counts().forEach((kind, n) ->
                    md.append("| ").append(kind.title()).append(" | ").append(n).append(" |\n"));
            int number = 1;
            for (DriftFinding f : findings) {
                md.append("\n## ")
                        .append(number++)
                        .append(". ")
                        .append(f.kind().title())
                        .append(": `")
                        .append(f.element())
                        .append("`")
                        .append(f.breaking() ? " (breaking)" : "")
                        .append("\n\n");
                md.append("- Pages: ").append(f.pages());
                if (!f.documentLines().isEmpty()) {
                    md.append(" (").append(String.join(", ", f.documentLines())).append(")");
                }
                md.append("\n- Spec: ")
                        .append(f.spec())
                        .append(" (`")
                        .append(f.pointer())
                        .append("`)\n");
                md.append("- Client code: ").append(f.impact()).append("\n");
                md.append("- Absorb: ").append(f.absorb()).append("\n");
                if (!f.snippet().isBlank()) {
                    md.append("\n```yaml\n").append(f.snippet().stripTrailing()).append("\n```\n");
                }
            }
        }
        if (!pageFindings.isEmpty()) {
            md.append("\n## Page findings\n\nDefects of the pages (not drift; a page that could not be read may"
                    + " hide some):\n\n");
            pageFindings.forEach(p -> md.append("- ").append(p).append("\n"));
        }
        return md.toString();
    }

    public String json() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("spec", spec);
        root.put("decisions", decisions);
        ArrayNode pageList = root.putArray("pages");
        pages.forEach(pageList::add);
        root.put("drift", hasDrift());
        root.put("breaking", breakingCount());
        ArrayNode list = root.putArray("findings");
        for (DriftFinding f : findings) {
            ObjectNode item = list.addObject();
            item.put("kind", f.kind().name());
            item.put("title", f.kind().title());
            item.put("element", f.element());
            item.put("pointer", f.pointer());
            ArrayNode lines = item.putArray("documentLines");
            f.documentLines().forEach(lines::add);
            item.put("pages", f.pages());
            item.put("spec", f.spec());
            item.put("breaking", f.breaking());
            item.put("impact", f.impact());
            item.put("absorb", f.absorb());
            item.put("snippet", f.snippet());
        }
        ArrayNode problems = root.putArray("pageFindings");
        pageFindings.forEach(problems::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
