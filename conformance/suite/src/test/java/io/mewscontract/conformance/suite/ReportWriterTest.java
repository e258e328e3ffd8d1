package io.mewscontract.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.conformance.checks.Reconciliation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's form, on outcomes made up for the purpose (the real ones are the suite's). */
class ReportWriterTest {

    private static final Reconciliation RECONCILIATION = Reconciliation.parse(List.of(
            "## Divergences and decisions",
            "| Element | What the documents say | Decision | Why |",
            "|---|---|---|---|",
            "| `Amount.NetValue` | 001: required. 000: `null`. | Required, nullable. | Rule 3. |",
            "## Decisions where the documents agree",
            "| Element | What the documents say | Decision | Why |",
            "|---|---|---|---|",
            "| `TaxValue.Code` | 001: nullable. | Optional, nullable string. | Rule 3. |"));

    private static final Reconciliation.Row EXPLAINING = RECONCILIATION.rows().get(0);

    private final ReportWriter writer = new ReportWriter(RECONCILIATION, List.of());

    @Test
    void aPassingRunSaysSoAndListsEveryCheck(@TempDir Path dir) throws IOException {
        List<Outcome> outcomes = List.of(
                outcome("000", "/api/connector/v1/a/b", 10, Check.VALIDATES),
                outcome(
                        "000",
                        "/api/connector/v1/a/b",
                        10,
                        Check.ROUND_TRIP,
                        new Finding("000", "000.txt:10", "Amount.NetValue", "shown null", EXPLAINING)));

        String markdown = Files.readString(writer.write(dir, outcomes, new TrafficSummary(4, List.of())));

        assertThat(markdown)
                .contains("**Result: PASS**: 2 checks, 1 pass, 1 explained by RECONCILIATION.md,"
                        + " 0 unexplained failures.")
                .contains("| 000 `000.txt` | a/b | — | explained 1 | pass 1 | — | — | — |")
                .contains("### Explained: 000 a/b, request example (line 10), round trip")
                .contains("Explained by [RECONCILIATION.md:4](../../../spec/RECONCILIATION.md): Required, nullable.")
                .contains("4 HTTP exchanges with the sandbox (each documented request as written, and again through"
                        + " the generated client) were validated against the spec as they crossed the wire; none"
                        + " breaks it.");
    }

    @Test
    void aFailureNamesTheDecisionItContradictsOrThatThereIsNone(@TempDir Path dir) throws IOException {
        List<Outcome> outcomes = List.of(outcome(
                "001",
                "/api/connector/v1/a/b",
                3,
                Check.TABLE,
                Finding.unexcusable("001", "001.txt:3", "TaxValue.Code", "the document says required | not"),
                Finding.unexcusable("001", "001.txt:4", "TaxValue.Rate", "the document lists it")));

        TrafficSummary traffic = new TrafficSummary(1, List.of("POST /x -> 200 response: no Request-Id"));
        Path markdown = writer.write(dir, outcomes, traffic);
        String text = Files.readString(markdown);
        JsonNode json = new ObjectMapper()
                .readTree(markdown.resolveSibling(ReportWriter.JSON).toFile());

        assertThat(text)
                .contains("**Result: FAIL**")
                .contains("| 001 `001.txt` | a/b | — | — | — | — | **FAIL 1 of 1** | — |")
                .contains("`TaxValue.Code`: the document says required \\| not")
                .contains("**Unexplained.** Contradicts the decision at"
                        + " [RECONCILIATION.md:8](../../../spec/RECONCILIATION.md): Optional, nullable string.")
                .contains("**Unexplained.** RECONCILIATION.md records no decision about `TaxValue.Rate`")
                .contains("- POST /x -> 200 response: no Request-Id");
        assertThat(json.get("result").asText()).isEqualTo("FAIL");
        JsonNode findings = json.get("outcomes").get(0).get("findings");
        assertThat(findings.get(0).get("contradicts").get("line").asInt()).isEqualTo(8);
        assertThat(findings.get(1).has("contradicts")).isFalse();
        assertThat(json.get("traffic").get("problems")).hasSize(1);
    }

    @Test
    void theSameOutcomesInAnyOrderWriteTheSameBytes(@TempDir Path dir) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (String id : List.of("000", "004", "002")) {
            for (Check check : Check.values()) {
                outcomes.add(outcome(id, "/api/connector/v1/x/" + check.name(), 5, check));
            }
        }
        List<Outcome> shuffled = new ArrayList<>(outcomes);
        Collections.reverse(shuffled);

        String first = Files.readString(writer.write(dir.resolve("a"), outcomes, TrafficSummary.NONE));
        String second = Files.readString(writer.write(dir.resolve("b"), shuffled, TrafficSummary.NONE));

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(dir.resolve("b").resolve(ReportWriter.JSON)))
                .isEqualTo(Files.readString(dir.resolve("a").resolve(ReportWriter.JSON)));
        assertThat(first.indexOf("| 002 ")).isLessThan(first.indexOf("| 004 "));
    }

    private static Outcome outcome(String id, String operation, int line, Check check, Finding... findings) {
        return new Outcome(id + ".txt", id, operation, "request example", line, check, List.of(findings));
    }
}
