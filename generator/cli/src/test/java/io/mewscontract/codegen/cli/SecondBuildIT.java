package io.mewscontract.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import io.mewscontract.testing.maven.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second {@code package} of this module prints no shade warning (issue 15: a build after a build used to re-shade
 * the shaded jar, 232 "overlapping classes" warnings). The first build is the one running this test: its
 * {@code target/} is copied with the module's pom and its parents, and Maven packages the copy again, as a developer's
 * second {@code mvn package} would.
 *
 * <p>Cheap and still faithful: the nested build skips compiling ({@code maven.main.skip}; the classes are the first
 * build's) and tests, but runs the jar and shade steps exactly as configured, on exactly the first build's output,
 * which is where the warnings came from. Dependencies come from {@code target/it-repo} (staged by
 * {@code invoker:install}), plugins from this build's local repository: about 15 seconds.
 */
class SecondBuildIT {

    @Test
    void packagingAgainPrintsNoShadeWarning() throws Exception {
        Path module = Path.of(property("it.module"));
        Path checkout = module.getParent().getParent();
        Path work = Path.of(property("it.work"));
        FixtureProject copy = FixtureProject.copy(
                checkout,
                work.resolve("second-build"),
                Path.of(property("it.repo")),
                Settings.mirrorOnly(work.resolve("settings.xml"), Path.of(property("it.mirror"))),
                SecondBuildIT::firstBuild,
                false);

        MavenRun second = copy.mvnSucceeds(
                "-f", "generator/cli/pom.xml", "package", "-Dmaven.main.skip=true", "-Dmaven.test.skip=true");

        assertThat(second.lines()).as(second::tail).anyMatch(SecondBuildIT::isShadeHeader);
        assertThat(shadeWarnings(second.lines())).as(second::tail).isEmpty();
        assertThat(copy.path("generator/cli/target/mews-codegen.jar")).isRegularFile();
    }

    @Test
    void anOverlapWarningOfTheShadeStepIsFound() {
        List<String> log = List.of(
                "[INFO] --- jar:3.4.2:jar (default-jar) @ mews-codegen-cli ---",
                "[WARNING] JAR will be empty",
                "[INFO] --- maven-shade-plugin:3.6.0:shade (default) @ mews-codegen-cli ---",
                "[WARNING] mews-codegen-cli-0.1.0-SNAPSHOT.jar, jackson-core-2.22.4.jar define 412 overlapping classes:",
                "[INFO] BUILD SUCCESS");

        assertThat(shadeWarnings(log))
                .containsExactly("[WARNING] mews-codegen-cli-0.1.0-SNAPSHOT.jar, jackson-core-2.22.4.jar define 412"
                        + " overlapping classes:");
    }

    /** The warnings printed while a shade goal runs (from its {@code --- shade:} header to the next header). */
    static List<String> shadeWarnings(List<String> log) {
        List<String> warnings = new ArrayList<>();
        boolean inShade = false;
        for (String line : log) {
            if (line.startsWith("[INFO] --- ")) {
                inShade = isShadeHeader(line);
            } else if (inShade && line.startsWith("[WARNING]")) {
                warnings.add(line);
            } else if (line.contains("overlapping classes") || line.contains("overlapping resources")) {
                warnings.add(line);
            }
        }
        return warnings;
    }

    /** {@code [INFO] --- maven-shade-plugin:3.6.0:shade (default) @ ...} (or {@code --- shade:...} in Maven 4). */
    private static boolean isShadeHeader(String line) {
        return line.startsWith("[INFO] --- ") && (line.contains(" shade:") || line.contains(" maven-shade-plugin:"));
    }

    /** The module's pom, its parents, its sources and what the first build left in its target/. */
    private static boolean firstBuild(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.equals("pom.xml") || path.equals("generator/pom.xml") || path.equals("generator/cli/pom.xml")) {
            return true;
        }
        return path.startsWith("generator/cli/src/main/")
                || (path.startsWith("generator/cli/target/")
                        && !path.startsWith("generator/cli/target/it-")
                        && !path.contains("-reports/"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as("system property %s (set by the failsafe configuration)", name)
                .isNotNull();
        return value;
    }
}
