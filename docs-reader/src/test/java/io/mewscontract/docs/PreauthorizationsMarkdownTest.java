package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** 003: the markdown source, the newest and most complete rendering. */
class PreauthorizationsMarkdownTest {
    private final SourceDocument document = SourceDocuments.read("003_");
    private final DocumentedOperation operation = document.operation(
                    "/api/connector/v1/preauthorizations/getAllByCustomers")
            .orElseThrow();

    @Test
    void findsOperationExamplesAndTables() {
        assertThat(document.rendering()).isEqualTo(Rendering.MARKDOWN);
        assertThat(document.operations()).hasSize(1);
        assertThat(operation.title()).isEqualTo("Get all preauthorizations by customers");
        assertThat(operation.requestExamples()).extracting(JsonExample::line).containsExactly(12);
        assertThat(operation.responseExamples()).extracting(JsonExample::line).containsExactly(33);
        assertThat(operation.tables())
                .extracting(PropertyTable::role)
                .containsExactly(TableRole.REQUEST, TableRole.RESPONSE, TableRole.OBJECT);
    }

    @Test
    void cellsLoseBackticksAndLinksKeepTheirText() {
        DocumentedProperty customerIds =
                operation.requestTable().orElseThrow().property("CustomerIds").orElseThrow();
        assertThat(customerIds.contract()).isEqualTo("required, max 1000 items");
        assertThat(customerIds.constraints().maxItems()).isEqualTo(OptionalInt.of(1000));
        assertThat(customerIds.description()).isEqualTo("Unique identifiers of Customer.");
        DocumentedProperty preauthorizations = operation
                .responseTable()
                .orElseThrow()
                .property("Preauthorizations")
                .orElseThrow();
        assertThat(preauthorizations.type()).isEqualTo("array of Preauthorization");
        assertThat(preauthorizations.refersTo()).isEqualTo("Preauthorization");
    }

    @Test
    void preauthorizationTableHasEightProperties() {
        PropertyTable preauthorization =
                operation.objectTable("Preauthorization").orElseThrow();
        assertThat(preauthorization.line()).isEqualTo(101);
        assertThat(preauthorization.propertyNames())
                .containsExactly(
                        "Id", "CreditCardId", "Amount", "State", "ReservationId", "Code", "CustomerId", "IsActive");
        assertThat(preauthorization.property("CustomerId").orElseThrow().presence())
                .isEqualTo(Presence.REQUIRED);
        DocumentedProperty isActive = preauthorization.property("IsActive").orElseThrow();
        assertThat(isActive.presence()).isEqualTo(Presence.REQUIRED);
        assertThat(isActive.type()).isEqualTo("boolean");
        // [Amount](https://docs.mews.com/...) is an external link: its text is the type, no table here.
        DocumentedProperty amount = preauthorization.property("Amount").orElseThrow();
        assertThat(amount.type()).isEqualTo("Amount");
        assertThat(amount.refersTo()).isEmpty();
        DocumentedProperty state = preauthorization.property("State").orElseThrow();
        assertThat(state.type()).isEqualTo("Preauthorization state");
        assertThat(state.refersTo()).isEqualTo("Preauthorization state");
        assertThat(preauthorization.property("ReservationId").orElseThrow().description())
                .isEqualTo("Unique identifier of the Reservation the preauthorization belongs to.");
    }

    @Test
    void listsSixPreauthorizationStates() {
        DocumentedEnum state = document.enumNamed("Preauthorization state").orElseThrow();
        assertThat(state.valueNames())
                .containsExactly("Chargeable", "Expired", "Cancelled", "Charged", "Pending", "Failed");
        assertThat(state.values().get(5).description()).isEqualTo("A preauthorization that failed to be charged.");
        assertThat(state.line()).isEqualTo(114);
    }

    @Test
    void decimalsInTheResponseExampleStayExact() {
        var amount = operation
                .responseExamples()
                .get(0)
                .json()
                .orElseThrow()
                .get("Preauthorizations")
                .get(1)
                .get("Amount");
        assertThat(amount.get("NetValue").decimalValue()).isEqualTo(new BigDecimal("18.49"));
        assertThat(amount.get("NetValue").isBigDecimal()).isTrue();
        assertThat(amount.get("GrossValue").intValue()).isEqualTo(22);
    }
}
