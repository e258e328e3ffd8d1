package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** 001: reference page rendered from the OpenAPI file, schemas as flat runs, error responses included. */
class PreauthorizationsReferencePageTest {
    private static final String PATH = "/api/connector/v1/preauthorizations/getAllByCustomers";
    private final SourceDocument alone = SourceDocuments.read("001_");
    private final DocumentedOperation operation = alone.operation(PATH).orElseThrow();

    @Test
    void findsTheOperationAndItsExamples() {
        assertThat(alone.rendering()).isEqualTo(Rendering.OPENAPI_REFERENCE);
        assertThat(alone.operationPaths()).containsExactly(PATH);
        assertThat(operation.title()).isEqualTo("Get all preauthorizations by customers");
        assertThat(operation.requestExamples()).extracting(JsonExample::line).containsExactly(41);
        assertThat(operation.responseExamples()).extracting(JsonExample::line).containsExactly(165);
        assertThat(alone.enums()).isEmpty();
        assertThat(alone.orphanLines()).isEmpty();
    }

    @Test
    void requestSchemaCarriesRequiredMarkersAndBounds() {
        PropertyTable request = operation.requestTable().orElseThrow();
        assertThat(request.objectName()).isEqualTo("MultipleCustomerParameters");
        assertThat(request.propertyNames()).containsExactly("ClientToken", "AccessToken", "Client", "CustomerIds");
        DocumentedProperty clientToken = request.property("ClientToken").orElseThrow();
        assertThat(clientToken.presence()).isEqualTo(Presence.REQUIRED);
        assertThat(clientToken.constraints().minLength()).isEqualTo(OptionalInt.of(1));
        DocumentedProperty customerIds = request.property("CustomerIds").orElseThrow();
        assertThat(customerIds.type()).isEqualTo("Array<string>");
        assertThat(customerIds.contract()).isEqualTo("required, >= 1 items <= 1000 items");
        assertThat(customerIds.constraints().minItems()).isEqualTo(OptionalInt.of(1));
        assertThat(customerIds.constraints().maxItems()).isEqualTo(OptionalInt.of(1000));
        assertThat(customerIds.description()).isEqualTo("Unique identifier of the Customer.");
    }

    @Test
    void nestedSchemasBecomeTheirOwnTables() {
        assertThat(operation.tables())
                .extracting(PropertyTable::objectName)
                .startsWith(
                        "MultipleCustomerParameters",
                        "PreauthorizationResult",
                        "Preauthorization",
                        "Amount",
                        "Tax value",
                        "Tax breakdown",
                        "Tax breakdown item");
        PropertyTable response = operation.responseTable().orElseThrow();
        assertThat(response.objectName()).isEqualTo("PreauthorizationResult");
        assertThat(response.responseDescription()).isEqualTo("OK");
        assertThat(response.inferredStatus()).isEqualTo(OptionalInt.of(200));
        DocumentedProperty list = response.property("Preauthorizations").orElseThrow();
        assertThat(list.type()).isEqualTo("Array<object>");
        assertThat(list.refersTo()).isEqualTo("Preauthorization");
        assertThat(list.nullable()).isTrue();

        PropertyTable preauthorization =
                operation.objectTable("Preauthorization").orElseThrow();
        // State, Code and IsActive follow Tax breakdown item's last property on the page; the example
        // shows them on the preauthorization.
        assertThat(preauthorization.propertyNames())
                .containsExactly("Id", "CustomerId", "CreditCardId", "Amount", "State", "Code", "IsActive");
        DocumentedProperty creditCardId =
                preauthorization.property("CreditCardId").orElseThrow();
        assertThat(creditCardId.nullable()).isTrue();
        assertThat(creditCardId.type()).isEqualTo("string format: uuid");
        assertThat(creditCardId.presence()).isEqualTo(Presence.UNSTATED);
        assertThat(preauthorization.property("Id").orElseThrow().nullable()).isFalse();
        assertThat(preauthorization.property("Amount").orElseThrow().refersTo()).isEqualTo("Amount");

        assertThat(operation.objectTable("Tax breakdown").orElseThrow().propertyNames())
                .containsExactly("Items");
        assertThat(operation.objectTable("Tax breakdown item").orElseThrow().propertyNames())
                .containsExactly("TaxRateCode", "NetValue", "TaxValue");
        DocumentedProperty taxRateCode = operation
                .objectTable("Tax breakdown item")
                .orElseThrow()
                .property("TaxRateCode")
                .orElseThrow();
        assertThat(taxRateCode.nullable()).isTrue();
        assertThat(taxRateCode.presence()).isEqualTo(Presence.UNSTATED);
    }

    @Test
    void aPageAloneCannotTellWhereTaxValueEndsAndSaysSo() {
        // No example on the page has a tax value, so Breakdown's place is a guess, reported as a note.
        assertThat(operation.objectTable("Tax value").orElseThrow().propertyNames())
                .containsExactly("Code", "Value", "Breakdown");
        assertThat(alone.notes()).extracting(ReadingNote::line).contains(117);
        assertThat(alone.notes())
                .filteredOn(n -> n.line() == 117)
                .singleElement()
                .extracting(ReadingNote::message)
                .asString()
                .contains("'Breakdown'", "'Tax value'");
    }

    @Test
    void readWithTheOtherDocumentsTheExamplesSettleTheNesting() throws IOException {
        SourceDocument withOthers =
                DocumentReader.readAll(SourceDocuments.all()).get(1);
        DocumentedOperation op = withOthers.operation(PATH).orElseThrow();
        assertThat(withOthers.fileName()).startsWith("001_");
        assertThat(op.objectTable("Amount").orElseThrow().propertyNames())
                .containsExactly("Currency", "NetValue", "GrossValue", "TaxValues", "Breakdown");
        assertThat(op.objectTable("Tax value").orElseThrow().propertyNames()).containsExactly("Code", "Value");
        assertThat(op.objectTable("Tax breakdown item").orElseThrow().propertyNames())
                .containsExactly("TaxRateCode", "NetValue", "TaxValue");
        assertThat(op.objectTable("Preauthorization").orElseThrow().properties())
                .hasSize(7);
        assertThat(withOthers.notes()).isEmpty();
    }

    @Test
    void errorResponsesComeOutAsResponseTablesWithTheirParagraph() {
        var errors = operation.tables(TableRole.RESPONSE).stream()
                .filter(t -> t.objectName().equals("ConnectorApiExceptionResult"))
                .toList();
        assertThat(errors).hasSize(7);
        assertThat(errors).allSatisfy(t -> {
            assertThat(t.propertyNames()).containsExactly("Message", "RequestId", "Details");
            assertThat(t.properties()).allMatch(DocumentedProperty::nullable);
        });
        assertThat(errors.get(0).property("Message").orElseThrow().type()).isEqualTo("string");
        assertThat(errors.get(0).property("Details").orElseThrow().typeUnknown())
                .isTrue();
        assertThat(errors.get(1).responseDescription()).startsWith("Error caused by the client app");
        // The page prints no status codes: they are inferred from the paragraphs, in page order.
        assertThat(errors)
                .extracting(t -> t.inferredStatus().orElse(-1))
                .containsExactly(204, 400, 401, 403, 408, 429, 500);
    }
}
