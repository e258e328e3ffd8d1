package io.mewscontract.codegen.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import org.junit.jupiter.api.Test;

/**
 * {@code mews-codegen:compat} in a real build: release 1.0.0 of a spec is installed, the spec changes, and the
 * goal compares it with release 1.0.0, resolved as a Maven artifact by version.
 */
class CompatGoalIT {

    private static final String SPEC = "shop-spec/src/main/resources/com/example/spec/shop-api.yaml";
    private static final String REPORT = "shop-client/target/mews-compat/";

    @Test
    void aBreakingChangeWithoutAMajorVersionFailsTheBuildWithTheList() throws Exception {
        FixtureProject project = FixtureProject.copy("compat", "compat");
        MavenRun first = project.mvnSucceeds("install");
        assertThat(first.log())
                .contains(
                        "mews-codegen compat: no oldVersion (mews.compat.oldVersion), so nothing to" + " compare with");

        // Release 1.1.0: Product.Name goes (breaking), a category is added (compatible).
        for (String pom : new String[] {"pom.xml", "shop-spec/pom.xml", "shop-client/pom.xml"}) {
            project.replace(pom, "<version>1.0.0</version>", "<version>1.1.0</version>");
        }
        project.replace(SPEC, "      required: [Id, Name]\n", "      required: [Id]\n");
        project.replace(SPEC, "        Name:\n          type: string\n", "");
        project.replace(SPEC, "enum: [Food, Drink]", "enum: [Food, Drink, Toys]");

        MavenRun minor = project.mvn("verify", "-Dmews.compat.oldVersion=1.0.0");

        assertThat(minor.exitCode()).as(minor::tail).isNotZero();
        assertThat(minor.log())
                .as(minor::tail)
                .contains("1 breaking change, and 1.0.0 -> 1.1.0 is not a major version bump; the changes need a"
                        + " MAJOR bump (at least 2.0.0):")
                .contains("  - Removed property Product.Name (Stop using Product.name().)")
                .contains("ok / ok / conditional: New value Toys of ProductCategory");
        assertThat(minor.hasStackTrace()).as(minor::tail).isFalse();
        assertThat(project.read(REPORT + "compat-report.md")).contains("com.example:shop-spec:jar:1.0.0");

        MavenRun major =
                project.mvnSucceeds("verify", "-Dmews.compat.oldVersion=1.0.0", "-Dmews.compat.newVersion=2.0.0");

        assertThat(major.log())
                .contains(
                        "mews-codegen compat: 1.0.0 -> 2.0.0: 2 changes, 1 breaking; version bump" + " needed: MAJOR");
        assertThat(project.read(REPORT + "CHANGELOG.md"))
                .startsWith("## Shop API (integration-test fixture) 2.0.0")
                .containsSubsequence(
                        "### Breaking changes",
                        "Removed property Product.Name",
                        "### Added",
                        "New value Toys of ProductCategory");

        MavenRun unresolved = project.mvn("clean", "verify", "-Dmews.compat.oldVersion=0.9.0");

        assertThat(unresolved.exitCode()).isNotZero();
        assertThat(unresolved.log())
                .as(unresolved::tail)
                .contains("The old spec cannot be resolved: com.example:shop-spec:jar:0.9.0");
        assertThat(unresolved.hasStackTrace()).as(unresolved::tail).isFalse();
        assertThat(project.path(REPORT)).as("nothing written").doesNotExist();
    }
}
