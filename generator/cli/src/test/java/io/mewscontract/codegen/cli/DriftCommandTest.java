package io.mewscontract.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.CheckoutLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift}'s contract: exit 0 none, 3 drift, 2 bad input; markdown on stdout or in a file, JSON on request. */
class DriftCommandTest {
    private static final String SPEC = CheckoutLayout.spec().toString();
    private static final String DOCS = CheckoutLayout.documents().toString();

    private static final String EXPIRED =
            "  \u2022 Expired - payment request is past its expiration date and no longer active.\n";

    @TempDir
    Path dir;

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

    @Test
    void theFiveDocumentsAgainstTheCuratedSpecAreNoDrift() {
        assertThat(run("drift", "--spec", SPEC, "--docs", DOCS)).as(this::err).isZero();
        assertThat(out()).contains("No drift");
        assertThat(err()).isEmpty();
    }

    @Test
    void anEditedPageIsDriftWithExitCodeThreeAndBothReports() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        try (Stream<Path> files = Files.list(CheckoutLayout.documents())) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                Files.writeString(
                        pages.resolve(file.getFileName().toString()),
                        text.replace(EXPIRED, EXPIRED + "  \u2022 Refunded - payment request was refunded.\n"));
            }
        }
        Path report = dir.resolve("out/drift.md");
        Path json = dir.resolve("out/drift.json");

        int code = run(
                "drift",
                "--spec",
                SPEC,
                "--docs",
                pages.toString(),
                "--report",
                report.toString(),
                "--json",
                json.toString());

        assertThat(code).as(this::err).isEqualTo(3);
        assertThat(out()).startsWith("Drift: ");
        assertThat(report).content().contains("new enum value");
        assertThat(json).content().contains("\"NEW_ENUM_VALUE\"").contains("\"documentLines\"");
    }

    @Test
    void badInputIsExitCodeTwoWithOneMessage() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\npaths: [\n");

        assertThat(run("drift", "--spec", broken.toString(), "--docs", DOCS)).isEqualTo(2);
        assertThat(err()).startsWith("error: " + broken + ":").doesNotContain("Exception");
        assertThat(run("drift", "--spec", SPEC)).isEqualTo(2);
        assertThat(err()).contains("drift needs --spec and --docs");
    }

    @Test
    void aDecisionPastedWithItsPlaceholdersIsBadInputNamingTheFileAndLine() throws IOException {
        String overlay = Files.readString(CheckoutLayout.root().resolve("spec/decisions.overlay.yaml"));
        String unfilled = overlay.replaceFirst(
                "(?m)^    x-reason: >-$",
                "    x-reason: \"<fill in: why the spec keeps this although the pages say otherwise>\"\n    x-was: >-");
        assertThat(unfilled).isNotEqualTo(overlay);
        Path decisions = Files.writeString(dir.resolve("decisions.overlay.yaml"), unfilled);
        long line = unfilled.lines().takeWhile(l -> !l.contains("<fill in:")).count() + 1;

        assertThat(run("drift", "--spec", SPEC, "--docs", DOCS, "--decisions", decisions.toString()))
                .isEqualTo(2);
        assertThat(err())
                .contains(decisions + ":" + line + ": /actions/0/x-reason")
                .contains("unfilled placeholder")
                .doesNotContain("Exception");
    }
}
