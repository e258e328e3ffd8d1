package io.mewscontract.docstospec.draft;

import static io.mewscontract.docstospec.draft.Pages.property;
import static io.mewscontract.docstospec.draft.Pages.required;
import static io.mewscontract.docstospec.draft.Pages.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Switching a rule off changes exactly what it decides: the rules are what decides, not something else. */
class NegativeControlsTest {
    private static DraftResult widgets(DraftOptions options) {
        return Drafter.draft(List.of(Pages.dir("widgets")), options);
    }

    private static DraftResult gadgets(DraftOptions options) {
        return Drafter.draft(List.of(Pages.dir("gadgets")), options);
    }

    @Test
    void withoutRequiredUnlessExampleOmitsNothingIsRequired() {
        assertThat(required(gadgets(DraftOptions.DEFAULT), "Gadget"))
                .doesNotContain("Code")
                .contains("Id");
        assertThat(required(gadgets(DraftOptions.DEFAULT.without(DraftRules.REQUIRED_UNLESS_EXAMPLE_OMITS)), "Gadget"))
                .isEmpty();
    }

    @Test
    void withoutNullableWhenNullSeenARequiredNullIsNotNullable() {
        DraftOptions off = DraftOptions.DEFAULT.without(DraftRules.NULLABLE_WHEN_NULL_SEEN);
        assertThat(schema(widgets(DraftOptions.DEFAULT), "Amount")
                        .at("/properties/NetValue/nullable")
                        .asBoolean())
                .isTrue();
        assertThat(schema(widgets(off), "Amount")
                        .at("/properties/NetValue/nullable")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void withoutOptionalIsNullableAnOptionalNeverNullIsNotNullable() {
        DraftOptions off = DraftOptions.DEFAULT.without(DraftRules.OPTIONAL_IS_NULLABLE);
        assertThat(property(widgets(DraftOptions.DEFAULT), "Widget", "Notes")
                        .path("nullable")
                        .asBoolean())
                .isTrue();
        assertThat(property(widgets(off), "Widget", "Notes").path("nullable").asBoolean())
                .isFalse();
    }

    @Test
    void withoutUnionOfFieldsTheNewerPagesFieldIsLost() {
        DraftOptions off = DraftOptions.DEFAULT.without(DraftRules.UNION_OF_FIELDS);
        assertThat(schema(gadgets(DraftOptions.DEFAULT), "Gadget")
                        .path("properties")
                        .has("Color"))
                .isTrue();
        assertThat(schema(gadgets(off), "Gadget").path("properties").has("Color"))
                .isFalse();
    }

    @Test
    void withoutTheFormatRulesStringsStayPlain() {
        DraftOptions off = DraftOptions.DEFAULT.without(DraftRules.FORMAT_FROM_EXAMPLE);
        assertThat(property(widgets(DraftOptions.DEFAULT), "Widget", "StartDate")
                        .path("format")
                        .asText())
                .isEqualTo("date");
        // The description ("in ISO 8601 format") still makes it a date: the two rules agree.
        assertThat(property(widgets(off), "Widget", "StartDate").path("format").asText())
                .isEqualTo("date");
        DraftOptions both = off.without(DraftRules.FORMAT_FROM_DESCRIPTION);
        assertThat(property(widgets(both), "Widget", "StartDate").has("format")).isFalse();
        assertThat(property(widgets(both), "Widget", "Id").has("format")).isFalse();
    }

    @Test
    void withoutMoneyIsDecimalACostIsAPlainNumber() {
        DraftOptions off = DraftOptions.DEFAULT.without(DraftRules.MONEY_IS_DECIMAL);
        assertThat(property(gadgets(DraftOptions.DEFAULT), "Gadget", "Cost")
                        .path("format")
                        .asText())
                .isEqualTo("decimal");
        assertThat(property(gadgets(off), "Gadget", "Cost").has("format")).isFalse();
    }

    @Test
    void withoutOpenEnumsNoEnumIsMarkedOpen() {
        DraftOptions off = DraftOptions.DEFAULT.without(DraftRules.OPEN_ENUMS);
        assertThat(schema(widgets(off), "WidgetState").has("x-mews-open-enum")).isFalse();
    }

    @Test
    void withoutTypeFromExampleTheGitBookExportLosesTheLinkedTypes() {
        // The export's end gives the lost cells back too (TypeFromLinkedHeading): both off, nothing does.
        DraftOptions off =
                DraftOptions.DEFAULT.without(DraftRules.TYPE_FROM_EXAMPLE).without(DraftRules.TYPE_FROM_LINKED_HEADING);
        DraftResult draft = Drafter.draft(Pages.files("gadgets", "gadgets-2023.txt"), off);
        assertThat(property(draft, "Gadget", "Kind").has("allOf")).isFalse();
        assertThat(property(draft, "GadgetResult", "Gadgets").has("items")).isFalse();
    }

    @Test
    void withoutCommonRequestFieldsTheTokensStayInEachRequest() {
        DraftOptions off = DraftOptions.DEFAULT.without(DraftRules.COMMON_REQUEST_FIELDS);
        DraftResult draft = widgets(off);
        assertThat(schema(draft, "ConnectorRequest").isMissingNode()).isTrue();
        assertThat(schema(draft, "WidgetFilterParameters").path("properties").has("ClientToken"))
                .isTrue();
    }

    @Test
    void anUnknownRuleIsRefused() {
        assertThatThrownBy(() -> DraftOptions.DEFAULT.without("NoSuchRule"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
