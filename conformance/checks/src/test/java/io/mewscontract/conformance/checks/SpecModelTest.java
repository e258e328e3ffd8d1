package io.mewscontract.conformance.checks;

import io.mewscontract.docs.CheckoutLayout;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spec model's walks over JSON values, on the real spec. */
class SpecModelTest {

    private static SpecModel spec;

    @BeforeAll
    static void load() {
        spec = SpecModel.load(CheckoutLayout.spec());
    }

    @Test
    void aPointerLandsOnThePropertyItNamesThroughReferencesAndArrays() {
        assertThat(spec.elementAt("PreauthorizationResult", "/Preauthorizations/0/Amount/NetValue"))
                .hasValue("Amount.NetValue");
        assertThat(spec.elementAt("PreauthorizationResult",
                "/Preauthorizations/3/Amount/Breakdown/Items/0/TaxRateCode"))
                .hasValue("TaxBreakdownItem.TaxRateCode");
        assertThat(spec.elementAt("PaymentRequestCancelParameters", "/PaymentRequestIds/0"))
                .as("an array index stays on its property")
                .hasValue("PaymentRequestCancelParameters.PaymentRequestIds");
        assertThat(spec.elementAt("PaymentRequestCancelParameters", "/ClientToken"))
                .as("a property merged from allOf").hasValue("PaymentRequestCancelParameters.ClientToken");
    }

    @Test
    void aPointerOutsideTheDeclaredPropertiesLandsNowhere() {
        assertThat(spec.elementAt("PreauthorizationResult", "/")).isEmpty();
        assertThat(spec.elementAt("PreauthorizationResult", "/Preauthorizations/0/ReceiptIdentifier")).isEmpty();
        assertThat(spec.elementAt("PreauthorizationResult", "/Preauthorizations/0/IsActive/Deeper")).isEmpty();
    }

    @Test
    void undeclaredPropertiesAreFoundWithTheirPointersAndElements() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"Preauthorizations": [
                  {"Id": "x", "Amount": {"Currency": "EUR", "Rounding": 2}},
                  {"Id": "y", "ReceiptIdentifier": null, "Amount": null}
                ], "Total": 2}
                """);

        assertThat(spec.undeclaredProperties("PreauthorizationResult", json)).containsExactly(
                new UndeclaredProperty("/Preauthorizations/0/Amount/Rounding", "Amount.Rounding"),
                new UndeclaredProperty("/Preauthorizations/1/ReceiptIdentifier", "Preauthorization.ReceiptIdentifier"),
                new UndeclaredProperty("/Total", "PreauthorizationResult.Total"));
    }

    @Test
    void enumsAreReadWithTheirOpenness() {
        assertThat(spec.enumValues("PaymentRequestState"))
                .containsExactly("Pending", "Completed", "Canceled", "Expired");
        assertThat(spec.isOpenEnum("PaymentRequestState")).isTrue();
        assertThat(spec.enumValues("Amount")).isEmpty();
        assertThat(spec.isOpenEnum("Amount")).isFalse();
    }
}
