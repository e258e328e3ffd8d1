package io.mewscontract.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.compat.java.JavaFinding;
import io.mewscontract.codegen.compat.report.Changelog;
import io.mewscontract.codegen.compat.report.MarkdownReport;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changelog and the report written from one comparison with changes of every section. */
class ReportsTest {

    @TempDir
    Path directory;

    @Test
    void theChangelogListsEachSectionWithMigrationHints() throws Exception {
        CompatReport report = SpecPair.edit(
                        directory,
                        "enum: [Active, Retired]",
                        "enum: [Active, Retired, Lost]",
                        "      summary: Add a widget\n",
                        "      summary: Add a widget\n      deprecated: true\n",
                        "            Notes:\n",
                        "            Tag:\n              type: string\n            Notes:\n",
                        "        Size:\n          type: integer\n          format: int32\n          nullable: true\n",
                        "")
                .compare(EnumSet.allOf(Artifact.class));

        String changelog = Changelog.render(report, "2.0.0");

        assertThat(changelog)
                .startsWith("## Widgets API 2.0.0\n")
                .contains("Version bump: **MAJOR**")
                .containsSubsequence(
                        "### Breaking changes",
                        "- Removed property Widget.Size (breaks java api:",
                        "Migration: Stop using Widget.size().",
                        "### Added",
                        "- New optional property WidgetAddParameters.Tag (string).",
                        "- New value Lost of WidgetState. Migration: Handle WidgetState.LOST where you switch over"
                                + " known().",
                        "### Deprecated",
                        "- Operation widgets/add is deprecated. Migration: Plan to stop calling");
        assertThat(changelog).doesNotContain("### Removed").doesNotContain("### Changed");
    }

    @Test
    void theReportHasARowPerChangeAndJapicmpsFindings() throws Exception {
        CompatReport report = SpecPair.edit(
                        directory,
                        "            Notes:\n",
                        "            Tag:\n              type: string\n            Notes:\n")
                .compare(EnumSet.allOf(Artifact.class));

        String markdown = MarkdownReport.render(report);

        assertThat(markdown)
                .contains("**Version bump needed: MINOR** (1 changes, 0 breaking)")
                .contains("| New optional property WidgetAddParameters.Tag (string) | ok | conditional | ok |")
                .contains("an old server rejects it as an unknown property when a new client sets it");
        // Negative control for the contract: japicmp did see the constructor change, and the contract exempted it.
        assertThat(report.javaFindings()).anySatisfy(finding -> {
            assertThat(finding.className()).isEqualTo("model.WidgetAddParameters");
            assertThat(finding.change()).isEqualTo("CONSTRUCTOR_REMOVED");
            assertThat(finding.counts()).isFalse();
        });
        assertThat(report.javaFindings()).noneMatch(JavaFinding::counts);
        assertThat(markdown)
                .contains("CONSTRUCTOR_REMOVED (binary and source incompatible; outside the contract:"
                        + " the record is built through builder())");
    }
}
