package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 002: older, shorter GitBook export: cells without blank lines between them, link texts kept in place. */
class PreauthorizationsShortGitBookExportTest {
    private final SourceDocument document = SourceDocuments.read("002_");
    private final DocumentedOperation operation = document.operation(
                    "/api/connector/v1/preauthorizations/getAllByCustomers")
            .orElseThrow();

    @Test
    void readsCellsThatHaveNoBlankLinesBetweenThem() {
        assertThat(document.rendering()).isEqualTo(Rendering.GITBOOK_EXPORT);
        assertThat(document.operations()).hasSize(1);
        assertThat(operation.requestExamples()).hasSize(1);
        assertThat(operation.responseExamples()).hasSize(1);
        DocumentedProperty customerIds =
                operation.requestTable().orElseThrow().property("CustomerIds").orElseThrow();
        assertThat(customerIds.type()).isEqualTo("array of string");
        assertThat(customerIds.description()).isEqualTo("Unique identifier of the Customer.");
    }

    @Test
    void keepsTypesThatSurvivedAndLinksThemToTheirTable() {
        DocumentedProperty preauthorizations = operation
                .responseTable()
                .orElseThrow()
                .property("Preauthorizations")
                .orElseThrow();
        assertThat(preauthorizations.type()).isEqualTo("array of Preauthorization");
        assertThat(preauthorizations.refersTo()).isEqualTo("Preauthorization");
        assertThat(preauthorizations.description()).isEqualTo("Preauthorizations of the specified Customers.");
    }

    @Test
    void preauthorizationTableIsTheShortOldOne() {
        PropertyTable preauthorization =
                operation.objectTable("Preauthorization").orElseThrow();
        assertThat(preauthorization.propertyNames()).containsExactly("Id", "CreditCardId", "Amount", "State", "Code");
        assertThat(preauthorization.property("State").orElseThrow().type()).isEmpty();
        assertThat(preauthorization.property("State").orElseThrow().contract()).isEqualTo("required");
        assertThat(preauthorization.property("Code").orElseThrow().presence()).isEqualTo(Presence.OPTIONAL);
    }

    @Test
    void listsFourStatesAndNoOrphans() {
        assertThat(document.enumNamed("Preauthorization state").orElseThrow().valueNames())
                .containsExactly("Chargeable", "Expired", "Cancelled", "Charged");
        assertThat(document.orphanLines()).isEmpty();
    }
}
