package io.mewscontract.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: arguments, exit codes, and errors as single messages on stderr. */
class MainTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                List.of(args),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try {
            return Path.of(MainTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void generatesModelClientAndServerWhenNoFlagIsGiven() {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme"))
                .isEqualTo(0);
        assertThat(out()).contains("written");
        assertThat(err()).doesNotContain("error", "SLF4J");
        assertThat(out.resolve("com/acme/model/Thing.java")).exists();
        assertThat(out.resolve("com/acme/client/ThingsClient.java")).exists();
        assertThat(out.resolve("com/acme/server/ThingsService.java")).exists();
    }

    @Test
    void generatesOnlyWhatIsAskedFor() {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme",
                        "--server"))
                .isEqualTo(0);
        assertThat(out.resolve("com/acme/server/OperationTable.java")).exists();
        assertThat(out.resolve("com/acme/client")).doesNotExist();
        assertThat(out.resolve("com/acme/model")).doesNotExist();
    }

    @Test
    void modelAndClientFlagsCombine() {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme",
                        "--model",
                        "--client"))
                .isEqualTo(0);
        assertThat(out.resolve("com/acme/model/Thing.java")).exists();
        assertThat(out.resolve("com/acme/client/ThingsClient.java")).exists();
        assertThat(out.resolve("com/acme/server")).doesNotExist();
    }

    @Test
    void anUnsupportedSpecExitsWith2AndNamesFileAndPointer() {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("unsupported.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme"))
                .isEqualTo(2);
        assertThat(err())
                .contains("unsupported.yaml#/components/schemas/Choice/oneOf: oneOf without a discriminator")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void anUnreadableSpecIsAnIoFailure() {
        assertThat(run(
                        "generate",
                        "--spec",
                        out.resolve("missing.yaml").toString(),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme"))
                .isEqualTo(1);
        assertThat(err()).startsWith("error: no such file: ").doesNotContain("\tat ");
    }

    @Test
    void anUnwritableOutputIsAnIoFailure() throws Exception {
        Path file = Files.writeString(out.resolve("not-a-directory"), "x");
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        file.toString(),
                        "--package",
                        "com.acme"))
                .isEqualTo(1);
        assertThat(err().lines().toList()).last().asString().startsWith("error: ");
        assertThat(err()).doesNotContain("\tat ");
    }

    @Test
    void badArgumentsExitWith2AndShowUsage() {
        assertThat(run("generate", "--spec", resource("small.yaml"))).isEqualTo(2);
        assertThat(err()).contains("generate needs --spec, --output and --package", "Usage:");
        stderr.reset();
        assertThat(run("generate", "--spec", resource("small.yaml"), "--output", out.toString(), "--package", "1bad"))
                .isEqualTo(2);
        assertThat(err()).contains("'1bad' is not a valid Java package name");
        stderr.reset();
        assertThat(run("build")).isEqualTo(2);
        assertThat(err()).contains("Unknown command 'build'");
        stderr.reset();
        assertThat(run("generate", "--spec")).isEqualTo(2);
        assertThat(err()).contains("--spec needs a value");
    }

    @Test
    void jackson3CodeNamesTheJackson3TypesAndItsRuntimeBinding() throws Exception {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme",
                        "--model",
                        "--jackson",
                        "3",
                        "--quiet"))
                .isEqualTo(0);
        String sources;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(out)) {
            sources = files.filter(java.nio.file.Files::isRegularFile)
                    .map(file -> {
                        try {
                            return java.nio.file.Files.readString(file);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        assertThat(sources)
                .contains("import tools.jackson.databind.JsonNode;")
                .doesNotContain("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");

        stderr.reset();
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme",
                        "--jackson",
                        "4"))
                .isEqualTo(2);
        assertThat(err()).startsWith("error: --jackson: Unknown Jackson version '4': use 2 or 3");
    }

    @Test
    void eachStageReportsWhatItProducedAndItsTimeOnStderr() {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme"))
                .isEqualTo(0);
        // small.yaml: ThingFilter, ThingResult, Thing (ConnectorRequest becomes the common fields); one operation.
        assertThat(err().lines())
                .hasSize(3)
                .satisfiesExactly(
                        line -> assertThat(line)
                                .matches("mews-codegen: load   3 types, 1 operation in 1 group \\(\\d+ ms\\)"),
                        line -> assertThat(line).matches("mews-codegen: emit   \\d+ files \\(\\d+ ms\\)"),
                        line -> assertThat(line)
                                .matches("mews-codegen: write  \\d+ written, 0 unchanged, 0 deleted \\(\\d+ ms\\)"));
        assertThat(out()).doesNotContain("mews-codegen:");
    }

    @Test
    void quietLeavesStderrEmpty() {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("small.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme",
                        "--quiet"))
                .isEqualTo(0);
        assertThat(err()).isEmpty();
        assertThat(out()).startsWith("Generated ");
    }

    @Test
    void noArgumentsPrintUsageOnStderrAndExitWith2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err())
                .startsWith("error: no command given" + System.lineSeparator() + System.lineSeparator()
                        + "Usage: java -jar mews-codegen.jar generate");
        assertThat(out()).isEmpty();
    }

    @Test
    void helpExitsWith0() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out()).contains("Usage: java -jar mews-codegen.jar generate --spec FILE --output DIR --package PKG");
        assertThat(err()).isEmpty();
    }

    @Test
    void aReferenceCycleExitsWith2WithOneLocatedLineNotAStackOverflow() {
        assertThat(run(
                        "generate",
                        "--spec",
                        resource("cycle.yaml"),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme"))
                .isEqualTo(2);
        assertThat(err())
                .startsWith("error: the spec is invalid: ")
                .contains("cycle.yaml#/components/schemas/B/$ref: A reference cycle: A -> B -> A")
                .hasLineCount(1);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void runningOutOfMemoryExitsWith3AndOneLine() throws Exception {
        Path spec = out.resolve("big.yaml");
        StringBuilder text = new StringBuilder(Files.readString(Path.of(resource("small.yaml"))));
        text.append("x-padding:\n");
        for (int i = 0; i < 60_000; i++) {
            text.append("  - [").append("\"").append("x".repeat(200)).append("\"]\n");
        }
        Files.writeString(spec, text);
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx32m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "generate",
                        "--spec",
                        spec.toString(),
                        "--output",
                        out.resolve("generated").toString(),
                        "--package",
                        "com.acme")
                .redirectErrorStream(false)
                .start();
        String stderrText = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(stderrText).isEqualTo(Main.OUT_OF_MEMORY);
        assertThat(stderrText).startsWith("error: out of memory").hasLineCount(1);
        assertThat(out.resolve("generated")).doesNotExist();
    }

    @Test
    void referencesOutsideTheSpecsDirectoryNeedAllowExternalRefs(@TempDir Path specs) throws Exception {
        Files.writeString(specs.resolve("shared.yaml"), "Note:\n  type: string\n  maxLength: 5\n");
        Path spec = Files.createDirectories(specs.resolve("api")).resolve("api.yaml");
        Files.writeString(
                spec,
                Files.readString(Path.of(resource("small.yaml")))
                        + "        Note:\n          $ref: '../shared.yaml#/Note'\n");

        assertThat(run("generate", "--spec", spec.toString(), "--output", out.toString(), "--package", "com.acme"))
                .isEqualTo(2);
        assertThat(err())
                .contains("api.yaml#/components/schemas/Thing/properties/Note/$ref: The reference"
                        + " ../shared.yaml#/Note leads out of the spec's directory")
                .hasLineCount(1);
        assertThat(out).isEmptyDirectory();

        assertThat(run(
                        "generate",
                        "--spec",
                        spec.toString(),
                        "--output",
                        out.toString(),
                        "--package",
                        "com.acme",
                        "--allow-external-refs",
                        "--quiet"))
                .isEqualTo(0);
        assertThat(out.resolve("com/acme/model/Thing.java"))
                .content()
                .contains("@Nullable String note")
                .contains("At most 5");
    }
}
