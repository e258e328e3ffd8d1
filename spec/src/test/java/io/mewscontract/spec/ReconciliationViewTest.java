package io.mewscontract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docstospec.decisions.Decisions;
import io.mewscontract.docstospec.decisions.ReconciliationView;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * RECONCILIATION.md's "Divergences and decisions" tables are the overlay's decisions, rendered: the two cannot
 * disagree. Run with {@code -Dmews.regenerate=true} to rewrite the block after editing the overlay.
 */
class ReconciliationViewTest {
    private static final Path OVERLAY = CheckoutLayout.root().resolve("spec/decisions.overlay.yaml");

    @Test
    void theGeneratedTablesAreTheOverlaysDecisions() throws Exception {
        Decisions decisions = Decisions.read(OVERLAY);
        String reconciliation = Files.readString(CheckoutLayout.reconciliation(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("mews.regenerate")) {
            reconciliation = ReconciliationView.regenerate(reconciliation, decisions);
            Files.writeString(CheckoutLayout.reconciliation(), reconciliation, StandardCharsets.UTF_8);
        }

        assertThat(ReconciliationView.block(reconciliation))
                .as("RECONCILIATION.md is out of date: run this test with -Dmews.regenerate=true")
                .isEqualTo(ReconciliationView.render(decisions));
        assertThat(ReconciliationView.render(decisions))
                .contains("| `Preauthorization.ReceiptIdentifier` |")
                .contains("### Payment requests");
    }

    @Test
    void negativeControlAnEditedReasonNoLongerMatchesTheTables() throws Exception {
        String overlay = Files.readString(OVERLAY, StandardCharsets.UTF_8)
                .replace("Same reason as `ReceiptIdentifier`.", "Another reason.");
        Decisions edited = Decisions.parse("edited", OpenApiFiles.parse("edited", overlay));
        String reconciliation = Files.readString(CheckoutLayout.reconciliation(), StandardCharsets.UTF_8);

        assertThat(ReconciliationView.block(reconciliation)).isNotEqualTo(ReconciliationView.render(edited));
    }
}
