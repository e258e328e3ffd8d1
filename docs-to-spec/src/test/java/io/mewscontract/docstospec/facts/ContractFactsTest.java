package io.mewscontract.docstospec.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.docs.CheckoutLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractFactsTest {
    private static final String AMOUNT = "/components/schemas/Amount";
    private static final String FILTER = "/components/schemas/PaymentRequestFilterParameters";

    @Test
    void theCuratedSpecStatesItsElementsAndAttributes() throws Exception {
        ContractFacts facts = ContractFacts.of(OpenApiFiles.read(CheckoutLayout.spec()));

        assertThat(facts.elements(FactKind.OPERATION))
                .containsExactly(
                        "/paths/~1api~1connector~1v1~1paymentRequests~1add/post",
                        "/paths/~1api~1connector~1v1~1paymentRequests~1cancel/post",
                        "/paths/~1api~1connector~1v1~1paymentRequests~1getAll/post",
                        "/paths/~1api~1connector~1v1~1preauthorizations~1getAllByCustomers/post");
        assertThat(facts.get(AMOUNT + "/properties/NetValue/nullable"))
                .get()
                .extracting(Fact::kind, Fact::value)
                .containsExactly(FactKind.NULLABLE, "true");
        assertThat(facts.get(AMOUNT + "/properties/NetValue/format"))
                .get()
                .extracting(Fact::value)
                .isEqualTo("decimal");
        assertThat(facts.get(AMOUNT + "/required/NetValue"))
                .get()
                .extracting(Fact::element)
                .isEqualTo(AMOUNT + "/properties/NetValue");
        assertThat(facts.get(AMOUNT + "/required/Breakdown")).isEmpty();
        assertThat(facts.get("/components/schemas/PaymentRequestState/enum/Canceled"))
                .get()
                .extracting(Fact::kind)
                .isEqualTo(FactKind.ENUM_VALUE);
        assertThat(facts.get("/components/schemas/PaymentRequestState/x-mews-open-enum"))
                .get()
                .extracting(Fact::kind, Fact::value)
                .containsExactly(FactKind.EXTENSION, "true");
    }

    @Test
    void aCompositionListsItsOwnPropertiesDirectlyAndItsBaseAsAReference() throws Exception {
        ContractFacts facts = ContractFacts.of(OpenApiFiles.read(CheckoutLayout.spec()));

        assertThat(facts.get(FILTER + "/properties/EnterpriseIds/items/format"))
                .get()
                .extracting(Fact::value)
                .isEqualTo("uuid");
        assertThat(facts.get(FILTER + "/required/Limitation")).isPresent();
        assertThat(facts.get(FILTER + "/allOf/#~1components~1schemas~1ConnectorRequest"))
                .get()
                .extracting(Fact::kind)
                .isEqualTo(FactKind.REFERENCE);
        assertThat(facts.get(FILTER + "/properties/UpdatedUtc/$ref"))
                .get()
                .extracting(Fact::value)
                .isEqualTo("#/components/schemas/TimeInterval");
        assertThat(Pointers.displayName(FILTER + "/properties/EnterpriseIds/items"))
                .isEqualTo("PaymentRequestFilterParameters.EnterpriseIds[]");
    }

    @Test
    void twoSpellingsOfTheSameContractHaveTheSameFacts() throws Exception {
        JsonNode wrapped = OpenApiFiles.parse("a", """
                components:
                  schemas:
                    Thing:
                      allOf:
                        - $ref: '#/components/schemas/Base'
                        - type: object
                          required: [B, A]
                          properties:
                            A: {allOf: [{$ref: '#/components/schemas/Widget'}], nullable: true}
                            B: {type: string, nullable: false, enum: [y, x]}
                """);
        JsonNode direct = OpenApiFiles.parse("b", """
                components:
                  schemas:
                    Thing:
                      type: object
                      allOf: [{$ref: '#/components/schemas/Base'}]
                      required: [A, B]
                      properties:
                        B: {type: string, enum: [x, y]}
                        A: {$ref: '#/components/schemas/Widget', nullable: true}
                """);

        assertThat(ContractFacts.of(direct).differencesFrom(ContractFacts.of(wrapped), k -> true))
                .isEmpty();
    }

    @Test
    void eachChangedFactIsOneDifferenceWithItsPointer() throws Exception {
        JsonNode spec = OpenApiFiles.read(CheckoutLayout.spec());
        ObjectNode changed = spec.deepCopy();
        ObjectNode netValue = (ObjectNode) changed.at("/components/schemas/Amount/properties/NetValue");
        netValue.remove("nullable");
        netValue.put("description", "Another text.");
        ((com.fasterxml.jackson.databind.node.ArrayNode) changed.at("/components/schemas/PaymentRequestState/enum"))
                .add("Refunded");

        List<FactDifference> contract = ContractFacts.of(changed).contractDifferencesFrom(ContractFacts.of(spec));
        List<FactDifference> all = ContractFacts.of(changed).differencesFrom(ContractFacts.of(spec), k -> true);

        assertThat(contract)
                .extracting(FactDifference::toString)
                .containsExactly(
                        AMOUNT + "/properties/NetValue/nullable (NULLABLE): 'true' -> absent",
                        "/components/schemas/PaymentRequestState/enum/Refunded (ENUM_VALUE): absent -> 'Refunded'");
        assertThat(all).hasSize(3).anySatisfy(d -> assertThat(d.kind()).isEqualTo(FactKind.DESCRIPTION));
    }
}
