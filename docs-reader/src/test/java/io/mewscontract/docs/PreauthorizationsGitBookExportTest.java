package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** 000: GitBook export of Preauthorizations, with lost link texts collected at the page end. */
class PreauthorizationsGitBookExportTest {
    private static final String PATH = "/api/connector/v1/preauthorizations/getAllByCustomers";
    private final SourceDocument document = SourceDocuments.read("000_");
    private final DocumentedOperation operation = document.operation(PATH).orElseThrow();

    @Test
    void findsTheOneOperationWithOneExampleEachWay() {
        assertThat(document.rendering()).isEqualTo(Rendering.GITBOOK_EXPORT);
        assertThat(document.operationPaths()).containsExactly(PATH);
        assertThat(operation.title()).isEqualTo("Get all preauthorizations by customers");
        assertThat(operation.description()).isEqualTo("Returns all preauthorizations of specified customers.");
        assertThat(operation.requestExamples()).hasSize(1);
        assertThat(operation.responseExamples()).hasSize(1);
        assertThat(operation.requestExamples().get(0).line()).isEqualTo(146);
    }

    @Test
    void requestTableKeepsContractAndMissingDescription() {
        PropertyTable request = operation.requestTable().orElseThrow();
        assertThat(request.propertyNames()).containsExactly("ClientToken", "AccessToken", "Client", "CustomerIds");
        DocumentedProperty customerIds = request.property("CustomerIds").orElseThrow();
        assertThat(customerIds.type()).isEqualTo("array of string");
        assertThat(customerIds.contract()).isEqualTo("required, max 1000 items");
        assertThat(customerIds.presence()).isEqualTo(Presence.REQUIRED);
        assertThat(customerIds.constraints().maxItems()).isEqualTo(OptionalInt.of(1000));
        // Its description held a link and was dropped by the export.
        assertThat(customerIds.description()).isEmpty();
    }

    @Test
    void lostTypeCellsStayEmptyAndNeverShiftTheContract() {
        PropertyTable response = operation.responseTable().orElseThrow();
        assertThat(response.propertyNames()).containsExactly("Preauthorizations");
        DocumentedProperty preauthorizations =
                response.property("Preauthorizations").orElseThrow();
        assertThat(preauthorizations.typeUnknown()).isTrue();
        assertThat(preauthorizations.contract()).isEqualTo("required");
        // "Preauthorization" after the contract is the next table's heading, not a description.
        assertThat(preauthorizations.description()).isEmpty();

        PropertyTable preauthorization =
                operation.objectTable("Preauthorization").orElseThrow();
        assertThat(preauthorization.line()).isEqualTo(235);
        assertThat(preauthorization.propertyNames())
                .containsExactly("Id", "CreditCardId", "Amount", "State", "ReservationId", "Code");
        DocumentedProperty amount = preauthorization.property("Amount").orElseThrow();
        assertThat(amount.type()).isEmpty();
        assertThat(amount.contract()).isEqualTo("required");
        assertThat(amount.description()).isEqualTo("Value of the preauthorization.");
        DocumentedProperty reservationId =
                preauthorization.property("ReservationId").orElseThrow();
        assertThat(reservationId.type()).isEqualTo("string");
        assertThat(reservationId.presence()).isEqualTo(Presence.OPTIONAL);
        assertThat(reservationId.description()).isEmpty();
        assertThat(preauthorization.property("Code").orElseThrow().description())
                .isEqualTo("Code of the preauthorization.");
    }

    @Test
    void listsFourPreauthorizationStates() {
        DocumentedEnum state = document.enumNamed("Preauthorization state").orElseThrow();
        assertThat(state.valueNames()).containsExactly("Chargeable", "Expired", "Cancelled", "Charged");
        assertThat(state.values().get(0).description()).isEqualTo("Created and prepared for the charging.");
        assertThat(state.openEnded()).isFalse();
    }

    @Test
    void exposesTheDroppedTextsAsOrphanLinesWithoutPageChrome() {
        assertThat(document.orphanLines())
                .extracting(SourceLine::text)
                .startsWith("Unique identifier of the .", "array of", "Preauthorizations of the specified .")
                .contains("Unique identifier of the the preauthorization belongs to.", "Amount value", "Customers")
                .doesNotContain("Was this helpful?", "Last updated 1 year ago");
        assertThat(document.orphanLines().get(0).line()).isEqualTo(300);
    }
}
