package io.mewscontract.codegen.compat.report;

import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.CompatReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The message a build shows when breaking changes come without the version bump they need: one header line and
 * one line per breaking change with its migration. The CLI and the Maven plugin both print this, so a team sees
 * the same words whichever it runs.
 */
public final class BreakingListing {

    private BreakingListing() {}

    /**
     * The lines of the message, the first being the header.
     *
     * @param why why the changes are refused, e.g. {@code "1.2.0 -> 1.3.0 is not a major version bump"}
     */
    public static List<String> lines(CompatReport report, String why) {
        List<Change> breaking = report.breakingChanges();
        List<String> lines = new ArrayList<>();
        lines.add(count(breaking.size(), "breaking change") + ", and " + why + ":");
        for (Change change : breaking) {
            String migration = change.migration() == null ? "" : " (" + change.migration() + ")";
            lines.add("  - " + change.summary() + migration);
        }
        return List.copyOf(lines);
    }

    /** {@code 1 breaking change}, {@code 2 breaking changes}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
