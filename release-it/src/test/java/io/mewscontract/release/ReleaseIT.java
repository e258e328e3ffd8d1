package io.mewscontract.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import io.mewscontract.testing.maven.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The release, end to end: a copy of this checkout is deployed with the release profile to a file repository (as a
 * team's CI would deploy to its repository manager), then a consumer project that imports the BOM and depends on
 * the client is built with an empty local repository and only that file repository plus Maven Central.
 */
class ReleaseIT {

    private static final String GROUP = "io/mewscontract/";

    @Test
    void aTeamBuildsAgainstTheReleasedBomAndClient() throws Exception {
        Path work = Path.of(property("it.work"));
        String version = property("it.token.project.version");
        Path files = work.resolve("file-repository");
        FixtureProject.deleteRecursively(files);

        // The release build: its own local repository, fed from this build's (then Central for the release
        // plugins), so ~/.m2 is never written; the tests already ran in this build.
        Path releaseSettings = Settings.repositories(
                work.resolve("release-settings.xml"),
                List.of(
                        new Settings.Repository(
                                "outer-build-local-repository",
                                Path.of(property("it.mirror")).toUri().toString(),
                                false),
                        Settings.CENTRAL));
        FixtureProject checkout = FixtureProject.copy(
                        Path.of(property("it.checkout")),
                        work.resolve("checkout"),
                        work.resolve("release-local-repository"),
                        releaseSettings,
                        ReleaseIT::isSource,
                        false)
                .timeoutMinutes(20);
        MavenRun release = checkout.mvnSucceeds(
                "deploy",
                "-Prelease",
                "-Dmaven.test.skip=true",
                "-Dinvoker.skip=true",
                "-DaltDeploymentRepository=release-it::default::" + files.toUri(),
                "-pl",
                "bom,connector/client",
                "-am");
        assertThat(release.hasStackTrace()).as(release::tail).isFalse();

        for (String artifact : List.of("mews-connector-client", "mews-connector-model", "mews-contract-runtime")) {
            Path directory = files.resolve(GROUP + artifact + "/" + version);
            assertThat(names(directory))
                    .as(artifact)
                    .anyMatch(name -> name.matches(artifact + "-.*\\d\\.jar"))
                    .anyMatch(name -> name.endsWith("-sources.jar"))
                    .anyMatch(name -> name.endsWith("-javadoc.jar"))
                    .anyMatch(name -> name.endsWith(".pom"));
        }
        assertThat(names(files.resolve(GROUP + "mews-contract-bom/" + version))).anyMatch(n -> n.endsWith(".pom"));
        assertThat(files.resolve(GROUP + "mews-demo"))
                .as("the demo is not released")
                .doesNotExist();

        // The team's build: nothing but the released artifacts and Central.
        Path empty = work.resolve("consumer-local-repository");
        FixtureProject.deleteRecursively(empty);
        Path consumerSettings = Settings.repositories(
                work.resolve("consumer-settings.xml"),
                List.of(new Settings.Repository("releases", files.toUri().toString(), true), Settings.CENTRAL));
        FixtureProject consumer = FixtureProject.copy(
                        Path.of(property("it.fixtures")).resolve("consumer"),
                        work.resolve("consumer"),
                        empty,
                        consumerSettings,
                        path -> true,
                        true)
                .timeoutMinutes(10);
        MavenRun build = consumer.mvnSucceeds("package");

        assertThat(consumer.path("target/consumer-1.0.0.jar")).isRegularFile();
        assertThat(consumer.path("target/classes/com/example/consumer/PendingRequests.class"))
                .isRegularFile();
        assertThat(empty.resolve(GROUP + "mews-connector-model/" + version))
                .as(build::tail)
                .isDirectory();
    }

    /** The checkout's sources: no build output, no git metadata. */
    private static boolean isSource(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals(".git")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(Path directory) throws IOException {
        assertThat(directory).isDirectory();
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run through Maven (mvn verify)");
        }
        return value;
    }
}
