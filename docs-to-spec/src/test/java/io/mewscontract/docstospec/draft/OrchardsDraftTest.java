package io.mewscontract.docstospec.draft;

import static io.mewscontract.docstospec.draft.Pages.property;
import static io.mewscontract.docstospec.draft.Pages.ref;
import static io.mewscontract.docstospec.draft.Pages.required;
import static io.mewscontract.docstospec.draft.Pages.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.Finding;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Orchards pages exercise the forms of CONNECTOR-DOC-FORMS.md the Widgets pages leave out: an object linked from
 * another operation page, an export-types page, several lists in one response, the integer and array-of-strings
 * update values and a group-specific one, a {@code decimal} cell, a free-form object, {@code max 5 items}, an enum
 * list after a paragraph and a hint, an example with a comment, a condition on the environment.
 */
class OrchardsDraftTest {
    private static DraftResult draft;

    @BeforeAll
    static void draftOrchards() {
        draft = Drafter.draft(List.of(Pages.dir("orchards")));
    }

    @Test
    void everyOperationOfTheOperationPagesAndNoneFromTheObjectPages() {
        assertThat(draft.openApi().path("paths").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "/api/connector/v1/orchardAddresses/getAll",
                        "/api/connector/v1/trees/getAll",
                        "/api/connector/v1/trees/update",
                        "/api/connector/v1/trees/export");
    }

    @Test
    void anArrayOfStringsUpdateValueIsOneObjectNotAnArrayOfThem() {
        JsonNode labels = property(draft, "TreeUpdate", "Labels");
        assertThat(labels.has("items")).as(labels.toString()).isFalse();
        assertThat(ref(labels)).isEqualTo("ArrayOfStringsUpdateValue");
        JsonNode value = property(draft, "ArrayOfStringsUpdateValue", "Value");
        assertThat(value.path("type").asText()).isEqualTo("array");
        assertThat(value.path("items").path("type").asText()).isEqualTo("string");
        assertThat(value.path("nullable").asBoolean())
                .as("{\"Value\": null} clears")
                .isTrue();
        assertThat(schema(draft, "ArrayOfStringsUpdateValue")
                        .path("x-mews-update-value")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void integerAndGroupSpecificUpdateValues() {
        assertThat(ref(property(draft, "TreeUpdate", "Age"))).isEqualTo("IntegerUpdateValue");
        assertThat(property(draft, "IntegerUpdateValue", "Value").path("type").asText())
                .isEqualTo("integer");
        JsonNode height = schema(draft, "TreeHeightUpdateValue");
        assertThat(ref(property(draft, "TreeUpdate", "Height"))).isEqualTo("TreeHeightUpdateValue");
        assertThat(required(draft, "TreeHeightUpdateValue")).containsExactly("Value", "Unit");
        assertThat(ref(property(draft, "TreeHeightUpdateValue", "Unit"))).isEqualTo("HeightUnit");
        assertThat(height.path("x-mews-doc-names").toString()).contains("Tree height update value");
    }

    @Test
    void anObjectLinkedFromAnotherOperationPageIsThatPagesObject() {
        JsonNode address = property(draft, "Tree", "Address");
        assertThat(ref(address)).isEqualTo("OrchardAddress");
        assertThat(address.path("nullable").asBoolean()).isTrue();
        assertThat(property(draft, "OrchardAddress", "Line1").path("maxLength").asInt())
                .isEqualTo(255);
        assertThat(property(draft, "OrchardAddress", "PostalCode")
                        .path("nullable")
                        .asBoolean())
                .isTrue();
        assertThat(draft.openApi().path("components").path("schemas").fieldNames())
                .toIterable()
                .filteredOn(name -> name.startsWith("OrchardAddress") && !name.endsWith("Parameters"))
                .as("one schema, whichever page it was reached from")
                .containsExactlyInAnyOrder("OrchardAddress", "OrchardAddressResult");
    }

    @Test
    void anExportTypesObjectAndTheEnumItLinksOnAnotherPage() {
        JsonNode trees = property(draft, "TreeExportResult", "Trees");
        assertThat(ref(trees.path("items"))).isEqualTo("TreeExport");
        assertThat(ref(property(draft, "TreeExport", "Kind"))).isEqualTo("TreeKind");
        assertThat(property(draft, "TreeExport", "PlantedOn").path("format").asText())
                .isEqualTo("date");
    }

    @Test
    void severalListsInOneResponseAndTheCursorPagesThem() {
        assertThat(required(draft, "TreeResult")).contains("Trees", "Fruits");
        assertThat(ref(property(draft, "TreeResult", "Fruits").path("items"))).isEqualTo("Fruit");
        assertThat(property(draft, "Fruit", "Weight").path("nullable").asBoolean())
                .as("null in the example")
                .isTrue();
        assertThat(property(draft, "TreeFilterParameters", "Limitation").isMissingNode())
                .isFalse();
    }

    @Test
    void typesFromCellsDescriptionsAndExamples() {
        JsonNode height = property(draft, "Tree", "Height");
        assertThat(height.path("type").asText()).isEqualTo("number");
        assertThat(height.path("format").asText()).isEqualTo("decimal");
        assertThat(draft.openApiWithEvidence()
                        .at("/components/schemas/Tree/properties/Height/x-mews-evidence")
                        .toString())
                .contains("MoneyIsDecimal: format decimal (money: the type cell says decimal)");
        assertThat(property(draft, "Tree", "Metadata").has("$ref")).isFalse();
        assertThat(property(draft, "Tree", "Metadata").path("type").asText()).isEqualTo("object");
        assertThat(ref(property(draft, "Tree", "Name"))).isEqualTo("LocalizedText");
        assertThat(schema(draft, "LocalizedText")
                        .path("additionalProperties")
                        .path("type")
                        .asText())
                .isEqualTo("string");
        assertThat(property(draft, "Tree", "UpdatedUtc").path("format").asText())
                .isEqualTo("date-time");
        assertThat(property(draft, "Tree", "PlantedOn").path("format").asText()).isEqualTo("date");
        assertThat(property(draft, "Fruit", "TreeId").path("format").asText()).isEqualTo("uuid");
    }

    @Test
    void limitsAndTheOpenEnumAfterAParagraphAndAHint() {
        JsonNode kinds = property(draft, "TreeFilterParameters", "Kinds");
        assertThat(kinds.path("maxItems").asInt()).isEqualTo(5);
        assertThat(ref(kinds.path("items"))).isEqualTo("TreeKind");
        assertThat(property(draft, "TreeFilterParameters", "UpdatedUtc")
                        .path("x-mews-max-interval")
                        .asText())
                .isEqualTo("P3M");
        JsonNode kind = schema(draft, "TreeKind");
        assertThat(kind.path("enum").toString()).isEqualTo("[\"Apple\",\"Pear\",\"Plum\",\"Cherry\"]");
        assertThat(kind.path("x-mews-open-enum").asBoolean()).isTrue();
        assertThat(kind.path("x-mews-enum-descriptions").path("Plum").asText()).isEqualTo("Includes damsons.");
    }

    @Test
    void anExampleWithACommentAndAnEnvironmentConditionAreReportedWithTheirLines() {
        assertThat(draft.findings())
                .filteredOn(f -> f.code().equals("invalid-example"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().document()).isEqualTo("trees.md");
                    assertThat(f.source().line()).isEqualTo(123);
                    assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                });
        assertThat(draft.findings())
                .filteredOn(f -> f.code().equals("conditional-presence"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("TreeUpdate.GrossPrice", "Gross pricing"));
        assertThat(required(draft, "TreeUpdate"))
                .as("the condition does not make it required")
                .containsExactly("TreeId");
    }
}
