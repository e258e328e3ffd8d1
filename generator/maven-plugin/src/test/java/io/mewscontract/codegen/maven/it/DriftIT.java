package io.mewscontract.codegen.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code mews-codegen:drift} in a real build, bound to {@code verify}: quiet while the page says what the spec
 * says; when the page gains an enum value, the build fails naming it (or only warns with {@code failOnDrift}
 * false), and the reports are written.
 */
class DriftIT {

    @Test
    void failsTheBuildOnDriftUnlessToldToWarn() throws Exception {
        FixtureProject project = FixtureProject.copy("drift", "drift");
        Path spec = project.path("src/main/spec/sprockets.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(
                spec,
                OpenApiFiles.yaml(Drafter.draft(List.of(project.path("docs"))).openApi()));

        MavenRun quiet = project.mvnSucceeds("verify");

        assertThat(quiet.linesContaining("mews-codegen drift: no drift (1 pages)"))
                .as(quiet::tail)
                .isEqualTo(1);
        assertThat(project.path("target/mews-drift/drift.md")).content().contains("No drift");

        Path page = project.path("docs/sprockets.md");
        Files.writeString(
                page,
                Files.readString(page)
                        .replace(
                                "* `Worn` - Due for replacement.\n",
                                "* `Worn` - Due for replacement.\n* `Recycled` - Melted down.\n"));
        MavenRun failed = project.mvn("verify");

        assertThat(failed.exitCode()).as(failed::tail).isNotZero();
        assertThat(failed.linesContaining("new enum value: SprocketState at sprockets.md:"))
                .as(failed::tail)
                .isEqualTo(1);
        assertThat(failed.linesContaining("1 finding(s), 0 possibly breaking"))
                .as(failed::tail)
                .isPositive();
        assertThat(failed.hasStackTrace()).isFalse();
        assertThat(project.path("target/mews-drift/drift.json")).content().contains("\"NEW_ENUM_VALUE\"");

        MavenRun warned = project.mvnSucceeds("verify", "-DfailOnDrift=false");

        assertThat(warned.linesContaining("[WARNING]   new enum value: SprocketState"))
                .as(warned::tail)
                .isEqualTo(1);
    }
}
