package io.mewscontract.codegen.compat.report;

import io.mewscontract.codegen.compat.Axis;
import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.CompatReport;
import io.mewscontract.codegen.compat.java.JavaFinding;

/** The full compatibility report in markdown: a table of every change, then each change's reasons. */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(CompatReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Compatibility report: ").append(report.title()).append("\n\n");
        md.append("- Old: `")
                .append(report.oldLabel())
                .append("` (API version ")
                .append(report.oldApiVersion())
                .append(")\n");
        md.append("- New: `")
                .append(report.newLabel())
                .append("` (API version ")
                .append(report.newApiVersion())
                .append(")\n");
        md.append("- **Version bump needed: ")
                .append(report.bump())
                .append("** (")
                .append(report.changes().size())
                .append(" changes, ")
                .append(report.breakingChanges().size())
                .append(" breaking)\n\n");
        if (report.changes().isEmpty()) {
            md.append("No changes.\n");
            return md.toString();
        }
        md.append("Axes: ");
        Axis[] axes = Axis.values();
        for (int i = 0; i < axes.length; i++) {
            md.append("**")
                    .append(axes[i].title())
                    .append("** = ")
                    .append(axes[i].question())
                    .append(i < axes.length - 1 ? "; " : ".\n\n");
        }
        md.append("| Change | Deployed clients | Deployed servers | Java API |\n|---|---|---|---|\n");
        for (Change change : report.changes()) {
            md.append("| ").append(escape(change.summary()));
            for (Axis axis : Axis.values()) {
                md.append(" | ").append(change.on(axis).verdict().label());
            }
            md.append(" |\n");
        }
        md.append("\n## Changes\n");
        for (Change change : report.changes()) {
            md.append("\n### ").append(change.summary()).append("\n\n");
            md.append("Kind `")
                    .append(change.kind())
                    .append("`, bump ")
                    .append(change.bump())
                    .append(".\n\n");
            for (Axis axis : Axis.values()) {
                md.append("- ")
                        .append(axis.title())
                        .append(": **")
                        .append(change.on(axis).verdict().label())
                        .append("**: ")
                        .append(change.on(axis).reason())
                        .append("\n");
            }
            if (change.migration() != null) {
                md.append("- Migration: ").append(change.migration()).append("\n");
            }
            change.javaFindings()
                    .forEach(f -> md.append("- japicmp: `").append(f).append("`\n"));
        }
        md.append("\n## openapi-diff (plain OpenAPI rules)\n\n");
        md.append("Result: **")
                .append(report.standard().result())
                .append("**. It knows neither open enums nor"
                        + " which side keeps unknown properties; where it disagrees with the verdicts above, mews-contract's"
                        + " conventions decide.\n\n");
        report.standard()
                .operations()
                .forEach(line -> md.append("- ").append(line).append("\n"));
        md.append("\n## japicmp (generated jars)\n\n");
        if (report.javaFindings().isEmpty()) {
            md.append("No binary or source incompatibility.\n");
        }
        for (JavaFinding finding : report.javaFindings()) {
            md.append("- `").append(finding.describe()).append("`\n");
        }
        return md.toString();
    }

    static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
