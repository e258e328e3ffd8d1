package io.mewscontract.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compat}: its output, files, exit codes, and one clear error per input it cannot compare. */
class CompatCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private Path oldSpec;
    private Path outputs;

    @BeforeEach
    void specs() throws IOException {
        oldSpec = Files.writeString(directory.resolve("things-1.yaml"), small());
        outputs = directory.resolve("out");
    }

    private int run(String... args) {
        return Main.run(
                List.of(args),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private Path newSpec(String from, String to) throws IOException {
        String text = small();
        assertThat(text).containsOnlyOnce(from);
        return Files.writeString(directory.resolve("things-2.yaml"), text.replace(from, to));
    }

    /** Replaces Thing.Id by Thing.Name: two breaking changes (Thing has no builder, so a new property breaks too). */
    private Path breakingSpec() throws IOException {
        return newSpec(
                "    Thing:\n      type: object\n      properties:\n        Id:\n          type: string\n"
                        + "          format: uuid\n",
                "    Thing:\n      type: object\n      properties:\n        Name:\n" + "          type: string\n");
    }

    @Test
    void printsEveryChangeWithItsVerdictsAndWritesTheReportAndChangelog() throws IOException {
        Path newSpec = newSpec("              maxItems: 10\n", "              maxItems: 20\n");

        int exit = run(
                "compat",
                "--old",
                oldSpec.toString(),
                "--new",
                newSpec.toString(),
                "--report",
                outputs.resolve("report.md").toString(),
                "--changelog",
                outputs.resolve("CHANGELOG.md").toString(),
                "--old-version",
                "1.0.0",
                "--new-version",
                "1.0.1");

        assertThat(exit).as(stderr::toString).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .contains("Error fixture: 1 changes, 0 breaking; version bump needed: PATCH")
                .contains("ok          conditional ok          ThingFilter.Ids maxItems 10 → 20")
                .contains("1.0.0 -> 1.0.1 is a PATCH bump: enough");
        assertThat(Files.readString(outputs.resolve("report.md"))).contains("# Compatibility report: Error fixture");
        assertThat(Files.readString(outputs.resolve("CHANGELOG.md")))
                .startsWith("## Error fixture 1.0.1\n")
                .contains("### Changed\n\n- ThingFilter.Ids maxItems 10 → 20");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void failOnBreakingFailsWithTheListUnlessTheVersionIsAMajorBump() throws IOException {
        Path newSpec = breakingSpec();

        int minor = run(
                "compat",
                "--old",
                oldSpec.toString(),
                "--new",
                newSpec.toString(),
                "--fail-on-breaking",
                "--old-version",
                "1.2.0",
                "--new-version",
                "1.3.0");

        assertThat(minor).isEqualTo(CompatCommand.BREAKING_WITHOUT_MAJOR);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("error: 1 breaking change, and 1.2.0 -> 1.3.0 is not a major version bump:")
                .contains("  - Removed property Thing.Id (Stop using Thing.id().)")
                // Every record has a builder: a new optional property breaks no Java caller.
                .doesNotContain("New optional property Thing.Name");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("the changes need MAJOR (at least 2.0.0)");

        stderr.reset();
        int major = run(
                "compat",
                "--old",
                oldSpec.toString(),
                "--new",
                newSpec.toString(),
                "--fail-on-breaking",
                "--old-version",
                "1.2.0",
                "--new-version",
                "2.0.0");

        assertThat(major).as(stderr::toString).isZero();
        // Negative control: without the flag, a breaking change is reported, not failed.
        assertThat(run("compat", "--old", oldSpec.toString(), "--new", newSpec.toString()))
                .isZero();
    }

    @Test
    void specsOfDifferentApisExitTwoAndWriteNothing() throws IOException {
        Path other = Files.writeString(
                directory.resolve("other.yaml"),
                small().replace("Error fixture", "Gadgets")
                        .replace("Thing", "Gadget")
                        .replace("things", "gadgets"));

        assertRefused(
                run(
                        "compat",
                        "--old",
                        oldSpec.toString(),
                        "--new",
                        other.toString(),
                        "--report",
                        outputs.resolve("report.md").toString()),
                "error: The specs describe different APIs");
    }

    @Test
    void aMissingOldSpecExitsTwoAndWritesNothing() {
        Path missing = directory.resolve("things-0.yaml");

        assertRefused(
                run(
                        "compat",
                        "--old",
                        missing.toString(),
                        "--new",
                        oldSpec.toString(),
                        "--changelog",
                        outputs.resolve("CHANGELOG.md").toString()),
                "error: The old spec " + missing + " does not exist");
    }

    @Test
    void aSpecTheGeneratorRefusesExitsTwoAndWritesNothing() throws IOException {
        Path refused = Files.writeString(directory.resolve("refused.yaml"), resource("unsupported.yaml"));

        assertRefused(
                run(
                        "compat",
                        "--old",
                        oldSpec.toString(),
                        "--new",
                        refused.toString(),
                        "--report",
                        outputs.resolve("report.md").toString()),
                "error: The new spec " + refused + " uses a construct the generator does not support:");
    }

    @Test
    void incompleteArgumentsAreAUsageError() {
        assertThat(run("compat", "--old", oldSpec.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("error: compat needs --old and --new");
        stderr.reset();
        assertThat(run("compat", "--old", "a", "--new", "b", "--old-version", "1.0.0"))
                .isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .startsWith("error: give --old-version and --new-version together");
    }

    private void assertRefused(int exit, String message) {
        assertThat(exit).isEqualTo(2);
        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertThat(errors).startsWith(message).doesNotContain("\tat ");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(outputs).doesNotExist();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".yaml"), "only the specs of the test");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String small() {
        return resource("small.yaml");
    }

    private static String resource(String name) {
        try (InputStream in = CompatCommandTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
