package io.mewscontract.docstospec.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docstospec.facts.SpecReading.Undeclared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated spec read for element-by-element checks (the conformance suite). */
class SpecReadingTest {
    private static SpecReading spec;

    @BeforeAll
    static void load() throws Exception {
        spec = SpecReading.read(CheckoutLayout.spec());
    }

    @Test
    void aRequestHasItsCommonFieldsAndItsOwnPropertiesWithTheirContracts() {
        var properties = spec.propertiesOf("PaymentRequestCancelParameters");
        assertThat(properties).containsKeys("ClientToken", "AccessToken", "Client", "PaymentRequestIds");
        var ids = properties.get("PaymentRequestIds");
        assertThat(ids.kind()).isEqualTo("array");
        assertThat(ids.itemKind()).isEqualTo("string");
        assertThat(ids.format()).isEqualTo("uuid");
        assertThat(ids.required()).isTrue();
        assertThat(ids.element()).isEqualTo("PaymentRequestCancelParameters.PaymentRequestIds");
    }

    @Test
    void aUseIsNullableWhenItSaysSoOrTheComponentItRefersToDoes() throws Exception {
        var document = OpenApiFiles.parse("t", """
                openapi: 3.0.3
                components:
                  schemas:
                    Box:
                      type: object
                      properties:
                        AtTheUse: {allOf: [{$ref: '#/components/schemas/Plain'}], nullable: true}
                        AtTheComponent: {$ref: '#/components/schemas/Nullable'}
                        Neither: {$ref: '#/components/schemas/Plain'}
                    Plain: {type: object, properties: {X: {type: string}}}
                    Nullable: {type: object, nullable: true, properties: {X: {type: string}}}
                """);
        var box = SpecReading.of(document).propertiesOf("Box");

        assertThat(box.get("AtTheUse").nullable()).isTrue();
        assertThat(box.get("AtTheUse").refName()).isEqualTo("Plain");
        assertThat(box.get("AtTheComponent").nullable()).isTrue();
        assertThat(box.get("Neither").nullable()).isFalse();
        assertThat(box.get("Neither").kind()).isEqualTo("object");
    }

    @Test
    void aPointerLandsOnThePropertyItNamesThroughReferencesAndArrays() {
        assertThat(spec.elementAt("PreauthorizationResult", "/Preauthorizations/0/Amount/NetValue"))
                .hasValue("Amount.NetValue");
        assertThat(spec.elementAt(
                        "PreauthorizationResult", "/Preauthorizations/3/Amount/Breakdown/Items/0/TaxRateCode"))
                .hasValue("TaxBreakdownItem.TaxRateCode");
        assertThat(spec.elementAt("PaymentRequestCancelParameters", "/PaymentRequestIds/0"))
                .as("an array index stays on its property")
                .hasValue("PaymentRequestCancelParameters.PaymentRequestIds");
        assertThat(spec.elementAt("PaymentRequestCancelParameters", "/ClientToken"))
                .as("a property merged from allOf")
                .hasValue("PaymentRequestCancelParameters.ClientToken");
    }

    @Test
    void aPointerOutsideTheDeclaredPropertiesLandsNowhere() {
        assertThat(spec.elementAt("PreauthorizationResult", "/")).isEmpty();
        assertThat(spec.elementAt("PreauthorizationResult", "/Preauthorizations/0/ReceiptIdentifier"))
                .isEmpty();
        assertThat(spec.elementAt("PreauthorizationResult", "/Preauthorizations/0/IsActive/Deeper"))
                .isEmpty();
    }

    @Test
    void undeclaredPropertiesAreFoundWithTheirPointersAndElements() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"Preauthorizations": [
                  {"Id": "x", "Amount": {"Currency": "EUR", "Rounding": 2}},
                  {"Id": "y", "ReceiptIdentifier": null, "Amount": null}
                ], "Total": 2}
                """);

        assertThat(spec.undeclaredProperties("PreauthorizationResult", json))
                .containsExactly(
                        new Undeclared("/Preauthorizations/0/Amount/Rounding", "Amount.Rounding"),
                        new Undeclared("/Preauthorizations/1/ReceiptIdentifier", "Preauthorization.ReceiptIdentifier"),
                        new Undeclared("/Total", "PreauthorizationResult.Total"));
    }

    @Test
    void enumsAreReadWithTheirOpennessAndComponentsByTheirDocNames() {
        assertThat(spec.enumValues("PaymentRequestState"))
                .containsExactly("Pending", "Completed", "Canceled", "Expired");
        assertThat(spec.isOpenEnum("PaymentRequestState")).isTrue();
        assertThat(spec.enumValues("Amount")).isEmpty();
        assertThat(spec.isOpenEnum("Amount")).isFalse();
        assertThat(spec.componentForDocName("amount value")).hasValue("Amount");
        assertThat(spec.requestComponent("/api/connector/v1/paymentRequests/cancel"))
                .hasValue("PaymentRequestCancelParameters");
    }
}
