package io.mewscontract.docstospec.decisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The human view of the decisions: the tables of RECONCILIATION.md's "Divergences and decisions" section,
 * rendered from the overlay so the two cannot disagree. The rendered block sits between {@link #BEGIN} and
 * {@link #END}; everything else in RECONCILIATION.md is written by hand.
 */
public final class ReconciliationView {
    public static final String BEGIN = "<!-- BEGIN generated from decisions.overlay.yaml: edit the overlay,"
            + " then regenerate (see docs/docs-to-spec.md) -->";
    public static final String END = "<!-- END generated from decisions.overlay.yaml -->";

    private ReconciliationView() {}

    /** One table per {@code x-section}, in the order sections first appear; one row per decision. */
    public static String render(Decisions decisions) {
        Map<String, List<Decision>> sections = new LinkedHashMap<>();
        for (Decision d : decisions.all()) {
            sections.computeIfAbsent(d.section().isBlank() ? "Other" : d.section(), k -> new ArrayList<>())
                    .add(d);
        }
        StringBuilder md = new StringBuilder();
        sections.forEach((section, rows) -> {
            md.append("### ")
                    .append(section)
                    .append("\n\n")
                    .append("| Element | What the documents say | Decision | Why | Sources |\n")
                    .append("|---|---|---|---|---|\n");
            for (Decision d : rows) {
                md.append("| `")
                        .append(d.element())
                        .append("` | ")
                        .append(cell(d.documentsSay()))
                        .append(" | ")
                        .append(cell(d.decision()))
                        .append(" | ")
                        .append(cell(d.reason()))
                        .append(" | ")
                        .append(String.join(", ", d.sources()))
                        .append(" |\n");
            }
            md.append('\n');
        });
        return md.toString().stripTrailing() + "\n";
    }

    /** The generated block of a RECONCILIATION.md text, without its markers. */
    public static String block(String reconciliation) {
        int begin = reconciliation.indexOf(BEGIN);
        int end = reconciliation.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    "RECONCILIATION.md has no generated block (" + BEGIN + " ... " + END + ")");
        }
        return reconciliation.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    /** The text with its generated block replaced by the decisions' rendering. */
    public static String regenerate(String reconciliation, Decisions decisions) {
        int begin = reconciliation.indexOf(BEGIN);
        int end = reconciliation.indexOf(END);
        block(reconciliation);
        return reconciliation.substring(0, begin + BEGIN.length()) + "\n\n" + render(decisions) + "\n"
                + reconciliation.substring(end);
    }

    private static String cell(String text) {
        return text.replace("\n", " ").replace("|", "\\|").strip();
    }
}
