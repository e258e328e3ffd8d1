package io.mewscontract.codegen.compat.report;

import io.mewscontract.codegen.compat.Axis;
import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.ChangeKind;
import io.mewscontract.codegen.compat.CompatReport;
import io.mewscontract.codegen.compat.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The changelog of a release of the generated artifacts, written from a {@link CompatReport}: breaking changes
 * first, each with who it breaks and how to migrate, then what was added, changed, deprecated and removed.
 */
public final class Changelog {

    private Changelog() {}

    /**
     * @param version the release the changelog is for ({@code 2.0.0})
     */
    public static String render(CompatReport report, String version) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(report.title()).append(" ").append(version).append("\n\n");
        md.append("Generated from API version ")
                .append(report.newApiVersion())
                .append(" (previous release: ")
                .append(report.oldApiVersion())
                .append("). Version bump: **")
                .append(report.bump())
                .append("**.\n");
        if (report.changes().isEmpty()) {
            md.append("\nNo changes to the API.\n");
            return md.toString();
        }
        for (ChangeKind.Section section : ChangeKind.Section.values()) {
            List<Change> changes = new ArrayList<>();
            for (Change change : report.changes()) {
                if (section == ChangeKind.Section.BREAKING
                        ? change.breaking()
                        : !change.breaking() && change.kind().section() == section) {
                    changes.add(change);
                }
            }
            if (changes.isEmpty()) {
                continue;
            }
            md.append("\n### ").append(section.title()).append("\n\n");
            for (Change change : changes) {
                md.append("- ").append(change.summary());
                if (section == ChangeKind.Section.BREAKING) {
                    md.append(" (breaks ").append(broken(change)).append(")");
                }
                if (change.migration() != null
                        && (section == ChangeKind.Section.BREAKING
                                || change.worst() != Verdict.COMPATIBLE
                                || section == ChangeKind.Section.DEPRECATED)) {
                    md.append(". Migration: ").append(change.migration());
                } else if (!change.summary().endsWith(".")) {
                    md.append(".");
                }
                md.append("\n");
            }
        }
        md.append("\nConditional changes work until the new element is used; the compatibility report says for"
                + " whom.\n");
        return md.toString();
    }

    private static String broken(Change change) {
        return java.util.Arrays.stream(Axis.values())
                .filter(axis -> change.on(axis).verdict() == Verdict.BREAKING)
                .map(axis -> axis.title().toLowerCase(java.util.Locale.ROOT) + ": "
                        + change.on(axis).reason())
                .collect(Collectors.joining("; "));
    }
}
