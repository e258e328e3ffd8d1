package io.mewscontract.docstospec.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.docs.CheckoutLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift of the five source documents against the curated spec: nothing beyond what the decisions decide. */
class FiveDocumentsDriftTest {
    private static final Path DECISIONS = CheckoutLayout.root().resolve("spec/decisions.overlay.yaml");

    private static DriftReport drift(Path decisions) throws Exception {
        return DriftRun.run(
                new DriftRun.Request(
                        CheckoutLayout.spec(),
                        decisions,
                        List.of(CheckoutLayout.documents()),
                        List.of(CheckoutLayout.documents())),
                DocsPagesDrafter.INSTANCE);
    }

    @Test
    void theFiveDocumentsSayNothingTheSpecAndItsDecisionsDoNotSay() throws Exception {
        DriftReport report = drift(DECISIONS);

        assertThat(report.findings())
                .extracting(f -> f.kind() + " " + f.element())
                .isEmpty();
        assertThat(report.pages()).hasSize(5);
        assertThat(report.markdown()).contains("No drift");
    }

    @Test
    void theDecisionsBesideTheSpecAreFoundWithoutBeingNamed() throws Exception {
        DriftReport report = DriftRun.run(
                new DriftRun.Request(CheckoutLayout.spec(), null, List.of(CheckoutLayout.documents()), List.of()),
                DocsPagesDrafter.INSTANCE);

        assertThat(report.decisions()).endsWith("decisions.overlay.yaml");
        assertThat(report.hasDrift()).isFalse();
    }

    @Test
    void negativeControlWithoutOneDecisionItsDivergenceIsDriftNamingTheDocumentLine(@TempDir Path dir)
            throws Exception {
        String overlay = Files.readString(DECISIONS);
        int start = overlay.indexOf("  - target: $.components.schemas.PaymentRequestType.enum");
        int end = overlay.indexOf("  - target:", start + 10);
        Path without = Files.writeString(dir.resolve("d.yaml"), overlay.substring(0, start) + overlay.substring(end));

        DriftReport report = drift(without);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.REMOVED_ENUM_VALUE);
            assertThat(f.element()).isEqualTo("PaymentRequestType");
            assertThat(f.documentLines()).isNotEmpty().allMatch(l -> l.startsWith("004_fe88fa7031de54c6.txt:"));
            assertThat(f.snippet()).contains("PaymentRequestType.enum").contains("update: Preauthorization");
        });
        assertThat(report.json()).contains("\"kind\" : \"REMOVED_ENUM_VALUE\"");
    }

    @Test
    void aDecisionTheDocumentsNowAgreeWithIsStale(@TempDir Path dir) throws Exception {
        String overlay = Files.readString(DECISIONS) + """

                  - target: $.components.schemas.Amount.properties.NetValue
                    update: {nullable: true}
                    description: Nullable.
                    x-element: Amount.NetValue
                    x-reason: Examples show null.
                    x-sources: ['000']
                """;
        DriftReport report = drift(Files.writeString(dir.resolve("d.yaml"), overlay));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.STALE_DECISION);
            assertThat(f.element()).isEqualTo("Amount.NetValue");
        });
    }

    @Test
    void badInputIsNamed(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\npaths: [\n");
        Path notOverlay = Files.writeString(dir.resolve("o.yaml"), "actions: []\n");

        assertThatThrownBy(() -> DriftRun.run(
                        new DriftRun.Request(broken, null, List.of(CheckoutLayout.documents()), List.of()),
                        DocsPagesDrafter.INSTANCE))
                .isInstanceOf(DriftRun.BadInputException.class)
                .hasMessageStartingWith(broken + ":");
        assertThatThrownBy(() -> drift(notOverlay))
                .isInstanceOf(DriftRun.BadInputException.class)
                .hasMessageContaining("not an OpenAPI Overlay");
        assertThatThrownBy(() -> DriftRun.run(
                        new DriftRun.Request(CheckoutLayout.spec(), null, List.of(dir.resolve("missing")), List.of()),
                        DocsPagesDrafter.INSTANCE))
                .isInstanceOf(DriftRun.BadInputException.class)
                .hasMessageContaining("no such file or directory");
    }
}
