package io.mewscontract.docstospec.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docstospec.drift.DriftAnalyzer;
import io.mewscontract.docstospec.drift.DriftFinding;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision pasted from a drift report still holding its {@code <fill in: ...>} reason or sources records nothing:
 * reading the decisions (the build's check: ReproducibilityTest, drift, the plugin) refuses it, naming file, line
 * and pointer of each placeholder.
 */
class UnfilledPlaceholdersTest {
    private static final String HEAD = """
            overlay: 1.0.0
            info: {title: decisions, version: 1.0.0}
            actions:
            - target: $.components.schemas.Widget.properties.Size
              update: {maxLength: 3}
              description: Size is at most three characters.
              x-element: Widget.Size
              x-reason: The widgets page says so.
              x-sources: ['001']
            """;

    @Test
    void aPlaceholderReasonAndSourceAreEachALocatedError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("decisions.overlay.yaml");
        Files.writeString(file, HEAD + """
                - target: $.components.schemas.Widget.properties.Colour
                  update: {nullable: true}
                  description: Colour may be null.
                  x-element: Widget.Colour
                  x-reason: "<fill in: why the spec keeps this although the pages say otherwise>"
                  x-sources:
                  - '002'
                  - "<fill in: document and line>"
                """);

        assertThatThrownBy(() -> Decisions.read(file))
                .isInstanceOf(DecisionFormatException.class)
                .hasMessageContaining(file + ":14: /actions/1/x-reason (actions[1], Widget.Colour): unfilled"
                        + " placeholder '<fill in: why the spec keeps this although the pages say otherwise>'")
                .hasMessageContaining(file + ":17: /actions/1/x-sources/1 (actions[1], Widget.Colour)")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(2));
    }

    @Test
    void theSameDecisionWithItsRecordWrittenIsAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("decisions.overlay.yaml");
        Files.writeString(file, HEAD + """
                - target: $.components.schemas.Widget.properties.Colour
                  update: {nullable: true}
                  description: Colour may be null.
                  x-element: Widget.Colour
                  x-reason: The gadgets page shows null for it.
                  x-sources: ['002']
                """);

        assertThat(Decisions.read(file).all()).hasSize(2);
    }

    @Test
    void theOverlayActionADriftReportSuggestsIsRefusedUntilItsRecordIsWritten() throws Exception {
        JsonNode spec = OpenApiFiles.read(CheckoutLayout.spec());
        ObjectNode pages = spec.deepCopy();
        ((ArrayNode) pages.at("/components/schemas/PaymentRequestState/enum")).add("Refunded");
        List<DriftFinding> findings = new DriftAnalyzer(
                        spec, pages, OverlayApplier.apply(pages, Decisions.none()), p -> List.of(), null)
                .findings();
        String suggested = findings.get(0).snippet();
        String overlay = "overlay: 1.0.0\ninfo: {title: d, version: 1.0.0}\nactions:\n" + suggested;

        assertThat(suggested).contains("<fill in:");
        assertThatThrownBy(() -> Decisions.parse("pasted.yaml", OpenApiFiles.parse("pasted.yaml", overlay)))
                .isInstanceOf(DecisionFormatException.class)
                .hasMessageContaining("pasted.yaml: /actions/0/x-reason")
                .hasMessageContaining("/actions/0/x-sources/0");

        String written = overlay.replaceAll("\"?<fill in:[^>]*>\"?", "Decided by the team");
        assertThat(Decisions.parse("written.yaml", OpenApiFiles.parse("written.yaml", written))
                        .all())
                .hasSize(1);
    }
}
