package io.mewscontract.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rows excuse what: only divergence rows, only for the documents they name. */
class ReconciliationTest {

    private static final Reconciliation RECONCILIATION = Reconciliation.parse(List.of(
            "# How the documents were reconciled",
            "",
            "## Divergences and decisions",
            "",
            "| Element | What the documents say | Decision | Why |",
            "|---|---|---|---|",
            "| `Amount.NetValue` | 001: required. 000, 002: `null`. | Required, nullable. | Rule 3. |",
            "| `Amount` (name) | 004: `Amount value`. | One component. | Same object. |",
            "| `Limitation.Cursor`, `Limitation.Count` | FACTS: optional. 0040: no. | Optional. | Opaque. |",
            "",
            "## Decisions where the documents agree",
            "",
            "| Element | What the documents say | Decision | Why |",
            "|---|---|---|---|",
            "| `TaxValue.Code` | 001: nullable. | Optional, nullable string. | Rule 3. |"));

    @Test
    void aDivergenceRowExplainsOnlyForTheDocumentsItNames() {
        assertThat(RECONCILIATION.explanation("Amount.NetValue", "000")).hasValueSatisfying(row -> {
            assertThat(row.line()).isEqualTo(7);
            assertThat(row.decision()).isEqualTo("Required, nullable.");
        });
        assertThat(RECONCILIATION.explains("Amount.NetValue", "001")).isTrue();
        assertThat(RECONCILIATION.explains("Amount.NetValue", "004")).isFalse();
        assertThat(RECONCILIATION.explains("Limitation.Count", "004"))
                .as("0040 is not 004")
                .isFalse();
        assertThat(RECONCILIATION.explains("Limitation.Count", "FACTS")).isTrue();
    }

    @Test
    void aRowOutsideTheDivergencesExcusesNothingButRecordsTheDecision() {
        assertThat(RECONCILIATION.explains("TaxValue.Code", "001")).isFalse();
        assertThat(RECONCILIATION.decisionAbout("TaxValue.Code")).hasValueSatisfying(row -> {
            assertThat(row.excuses()).isFalse();
            assertThat(row.line()).isEqualTo(15);
        });
    }

    @Test
    void aPropertyWithoutItsOwnRowFallsBackToItsComponentsDecision() {
        assertThat(RECONCILIATION.decisionAbout("Amount.Currency"))
                .hasValueSatisfying(row -> assertThat(row.elements()).containsExactly("Amount"));
        assertThat(RECONCILIATION.decisionAbout("PaymentRequest.Notes")).isEmpty();
        assertThat(RECONCILIATION.rows()).hasSize(4);
    }
}
