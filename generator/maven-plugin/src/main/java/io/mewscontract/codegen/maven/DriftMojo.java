package io.mewscontract.codegen.maven;

import io.mewscontract.docstospec.drift.DocsPagesDrafter;
import io.mewscontract.docstospec.drift.DriftFinding;
import io.mewscontract.docstospec.drift.DriftReport;
import io.mewscontract.docstospec.drift.DriftRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Reports what the Connector API pages say that the curated spec (with its decisions) does not: the
 * {@code drift} command as a build step, bound to {@code verify} by default. Writes {@code drift.md} and
 * {@code drift.json} into {@link #reportDirectory}; fails the build on drift unless {@code failOnDrift} is false.
 */
@Mojo(name = "drift", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DriftMojo extends AbstractMojo {

    /** The curated OpenAPI spec (relative to the module's directory, or absolute). */
    @Parameter(required = true)
    private File spec;

    /** The decisions overlay; by default {@code decisions.overlay.yaml} beside the spec, when it exists. */
    @Parameter
    private @Nullable File decisions;

    /** The pages as they are now: files, or directories of {@code .md}/{@code .txt} pages. */
    @Parameter(required = true)
    private List<File> docs;

    /**
     * The pages the spec was last reconciled with; when given, description-only changes are reported too.
     */
    @Parameter
    private @Nullable List<File> baseline;

    /** Where {@code drift.md} and {@code drift.json} go. */
    @Parameter(defaultValue = "${project.build.directory}/mews-drift", required = true)
    private File reportDirectory;

    /** Whether drift fails the build; when false, drift is logged as a warning and the build goes on. */
    @Parameter(property = "mews.drift.failOnDrift", defaultValue = "true")
    private boolean failOnDrift;

    /** Skips the check. */
    @Parameter(property = "mews.drift.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mews-codegen drift: skipped");
            return;
        }
        DriftReport report;
        try {
            report = DriftRun.run(
                    new DriftRun.Request(
                            spec.toPath(),
                            decisions == null ? null : decisions.toPath(),
                            docs.stream().map(File::toPath).toList(),
                            baseline == null
                                    ? List.of()
                                    : baseline.stream().map(File::toPath).toList()),
                    DocsPagesDrafter.INSTANCE);
        } catch (DriftRun.BadInputException e) {
            throw new MojoFailureException("mews-codegen drift: " + e.getMessage());
        }
        Path markdown = reportDirectory.toPath().resolve("drift.md");
        try {
            Files.createDirectories(reportDirectory.toPath());
            Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(reportDirectory.toPath().resolve("drift.json"), report.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mews-codegen drift: cannot write the report into " + reportDirectory + ": " + e.getMessage(), e);
        }
        report.pageFindings().forEach(f -> getLog().debug("mews-codegen drift: page finding: " + f));
        if (!report.hasDrift()) {
            getLog().info("mews-codegen drift: no drift (" + report.pages().size() + " pages)");
            return;
        }
        String summary = "mews-codegen drift: " + report.findings().size() + " finding(s), " + report.breakingCount()
                + " possibly breaking; report: " + markdown;
        for (DriftFinding f : report.findings()) {
            String line = "  " + f.kind().title() + ": " + f.element() + (f.breaking() ? " (breaking)" : "")
                    + (f.documentLines().isEmpty() ? "" : " at " + String.join(", ", f.documentLines()));
            if (failOnDrift) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (failOnDrift) {
            throw new MojoFailureException(summary + " (set failOnDrift to false to only warn)");
        }
        getLog().warn(summary);
    }
}
