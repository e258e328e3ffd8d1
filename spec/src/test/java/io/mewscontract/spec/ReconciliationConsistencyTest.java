package io.mewscontract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.conformance.checks.Reconciliation;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docstospec.facts.SpecReading;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** RECONCILIATION.md must stay in step with the spec: a stale row would excuse differences silently. */
class ReconciliationConsistencyTest {

    @Test
    void everyElementARowNamesExistsInTheSpecUnlessTheRowSaysItWasLeftOut() throws Exception {
        SpecReading spec = SpecReading.read(CheckoutLayout.spec());
        Reconciliation reconciliation = Reconciliation.read(CheckoutLayout.reconciliation());

        assertThat(reconciliation.rows()).hasSizeGreaterThan(40);
        for (Reconciliation.Row row : reconciliation.rows()) {
            for (String element : row.elements()) {
                String[] parts = element.split("\\.");
                boolean leftOut = row.decision().contains("Not in the spec");
                if (parts.length == 1) {
                    assertThat(spec.components())
                            .as("component named at RECONCILIATION.md:%d", row.line())
                            .contains(parts[0]);
                } else if (leftOut) {
                    assertThat(spec.propertiesOf(parts[0]))
                            .as("left-out property at RECONCILIATION.md:%d", row.line())
                            .doesNotContainKey(parts[1]);
                } else {
                    assertThat(spec.propertiesOf(parts[0]))
                            .as("property named at RECONCILIATION.md:%d", row.line())
                            .containsKey(parts[1]);
                }
            }
        }
    }

    @Test
    void everyDivergenceRowNamesAtLeastOneSource() throws IOException {
        Reconciliation reconciliation = Reconciliation.read(CheckoutLayout.reconciliation());

        assertThat(reconciliation.rows())
                .filteredOn(Reconciliation.Row::excuses)
                .allSatisfy(row -> assertThat(row.documentsSay())
                        .as("sources named at RECONCILIATION.md:%d", row.line())
                        .containsPattern("\\b00[0-4]\\b|FACTS"));
    }
}
