package io.mewscontract.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.CheckoutLayout;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mews-codegen draft}: exit codes, findings on stderr with document:line, the draft written even with bad pages. */
class DraftCommandTest {
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

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void draftsTheFiveDocumentsWithEvidence() throws Exception {
        Path output = dir.resolve("out/draft.yaml");
        int exit = run("draft", "--docs", CheckoutLayout.documents().toString(), "--output", output.toString());
        assertThat(exit).isZero();
        String yaml = Files.readString(output);
        assertThat(yaml)
                .startsWith("openapi: \"3.0.3\"")
                .contains("/api/connector/v1/paymentRequests/cancel:")
                .contains("x-mews-evidence:")
                .contains("RequiredUnlessExampleOmits: required");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Drafted 4 operations");
        assertThat(err()).contains("004_fe88fa7031de54c6.txt:218: warning [self-contradiction]");
    }

    @Test
    void noEvidenceAndARuleSwitchedOff() throws Exception {
        Path output = dir.resolve("draft.yaml");
        int exit = run(
                "draft",
                "--docs",
                CheckoutLayout.documents().toString(),
                "--output",
                output.toString(),
                "--no-evidence",
                "--without",
                "OpenEnums");
        assertThat(exit).isZero();
        String yaml = Files.readString(output);
        assertThat(yaml).doesNotContain("x-mews-evidence").doesNotContain("x-mews-open-enum");
    }

    @Test
    void aPageThatIsNotAConnectorPageIsBadInputButTheOthersAreDrafted() throws Exception {
        Path prose = Files.writeString(dir.resolve("notes.txt"), "Release notes\n\nNothing to see here.\n");
        Path output = dir.resolve("draft.yaml");
        int exit = run(
                "draft",
                "--docs",
                CheckoutLayout.documents().resolve("003_7a9678eb279a4fdb.txt").toString(),
                prose.toString(),
                "--output",
                output.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("notes.txt: error [not-a-connector-page]").doesNotContain("Exception");
        assertThat(Files.readString(output)).contains("/api/connector/v1/preauthorizations/getAllByCustomers:");
    }

    @Test
    void nothingToDraftAndBadArguments() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(run(
                        "draft",
                        "--docs",
                        empty.toString(),
                        "--output",
                        dir.resolve("d.yaml").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("describe no operation");
        assertThat(run("draft", "--docs", empty.toString())).isEqualTo(2);
        assertThat(run("draft", "--docs", empty.toString(), "--output", "x.yaml", "--without", "NoSuchRule"))
                .isEqualTo(2);
        assertThat(err()).contains("--without needs a rule name");
        assertThat(run("draft", "--help")).isZero();
    }
}
