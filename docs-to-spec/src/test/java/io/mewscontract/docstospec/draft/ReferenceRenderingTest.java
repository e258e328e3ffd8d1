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
 * The Widgets pages as reference pages rendered from an OpenAPI file (the rendering of {@code spec/docs/001}: one
 * page per operation, schemas as runs of lines, {@code number format: double}, {@code nullable} lines), including
 * the forms 001 does not show, in the form {@code ReferenceForms} assumes. Each property drafts as the markdown's.
 */
class ReferenceRenderingTest {
    private static final String WIDGET_REF = "#/components/schemas/";
    private static DraftResult draft;

    @BeforeAll
    static void draftReferencePages() {
        draft = Drafter.draft(List.of(Pages.dir("widgets-reference")));
    }

    @Test
    void theThreeOperationsWithTheDeprecatedOneReplacedByTheVersionedOne() {
        JsonNode paths = draft.openApi().path("paths");
        assertThat(paths.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "/api/connector/v1/widgets/getAll",
                        "/api/connector/v1/widgets/getAll/2024-01-01",
                        "/api/connector/v1/widgets/update");
        JsonNode getAll = paths.at("/~1api~1connector~1v1~1widgets~1getAll/post");
        assertThat(getAll.path("deprecated").asBoolean()).isTrue();
        assertThat(getAll.path("x-mews-replaced-by").asText()).isEqualTo("getAllWidgetsV20240101");
        assertThat(getAll.path("description").asText())
                .isEqualTo("Returns all widgets of the enterprise, newest first.");
        assertThat(paths.at("/~1api~1connector~1v1~1widgets~1getAll~12024-01-01/post/operationId")
                        .asText())
                .isEqualTo("getAllWidgetsV20240101");
        assertThat(paths.at(
                                "/~1api~1connector~1v1~1widgets~1update/post/responses/200/content/application~1json/schema")
                        .path("$ref")
                        .asText())
                .as("an OK response with the example {} and no schema")
                .isEqualTo(WIDGET_REF + "EmptyResult");
    }

    @Test
    void theRequestsLimitsIntervalsAndArrays() {
        assertThat(required(draft, "WidgetFilterParameters")).containsExactly("Limitation");
        JsonNode ids = property(draft, "WidgetFilterParameters", "WidgetIds");
        assertThat(ids.path("maxItems").asInt()).isEqualTo(1000);
        assertThat(ids.path("nullable").asBoolean()).isTrue();
        assertThat(ids.at("/items/format").asText()).isEqualTo("uuid");
        JsonNode updated = property(draft, "WidgetFilterParameters", "UpdatedUtc");
        assertThat(ref(updated)).isEqualTo("TimeInterval");
        assertThat(updated.path("x-mews-max-interval").asText())
                .as("'Max length 3 months.' in the description")
                .isEqualTo("P3M");
        assertThat(updated.path("description").asText()).isEqualTo("Interval in which the widget was updated.");
        assertThat(schema(draft, "TimeInterval")
                        .at("/properties/StartUtc/format")
                        .asText())
                .isEqualTo("date-time");
        assertThat(required(draft, "Limitation")).containsExactly("Count");
        JsonNode updates = property(draft, "WidgetUpdateParameters", "WidgetUpdates");
        assertThat(updates.path("minItems").asInt()).isEqualTo(1);
        assertThat(updates.path("maxItems").asInt()).isEqualTo(1000);
        assertThat(ref(updates.path("items"))).isEqualTo("WidgetUpdate");
        assertThat(property(draft, "WidgetFilterParametersV20240101", "WidgetIds")
                        .path("maxItems")
                        .asInt())
                .isEqualTo(100);
    }

    @Test
    void theWidgetPropertyByProperty() {
        assertThat(required(draft, "Widget"))
                .containsExactly("Id", "Name", "State", "Price", "Count", "CreatedUtc", "OwnerId");
        assertThat(property(draft, "Widget", "Id").path("format").asText()).isEqualTo("uuid");
        assertThat(ref(property(draft, "Widget", "Name"))).isEqualTo("LocalizedText");
        assertThat(schema(draft, "LocalizedText")
                        .at("/additionalProperties/type")
                        .asText())
                .isEqualTo("string");
        assertThat(ref(property(draft, "Widget", "State"))).isEqualTo("WidgetState");
        assertThat(ref(property(draft, "Widget", "Price"))).isEqualTo("Amount");
        JsonNode weight = property(draft, "Widget", "Weight");
        assertThat(weight.path("type").asText()).isEqualTo("number");
        assertThat(weight.has("format"))
                .as("double is the file's default: no format")
                .isFalse();
        assertThat(weight.path("nullable").asBoolean()).isTrue();
        assertThat(property(draft, "Widget", "Count").path("format").asText()).isEqualTo("int32");
        assertThat(property(draft, "Widget", "StartDate").path("format").asText())
                .isEqualTo("date");
        assertThat(property(draft, "Widget", "CreatedUtc").path("format").asText())
                .isEqualTo("date-time");
        assertThat(property(draft, "Widget", "OwnerId").path("format").asText()).isEqualTo("hybrid-id");
        assertThat(property(draft, "Widget", "Tags")
                        .at("/additionalProperties/type")
                        .asText())
                .isEqualTo("string");
        JsonNode scores = property(draft, "Widget", "Scores").path("additionalProperties");
        assertThat(scores.path("type").asText()).isEqualTo("number");
        assertThat(scores.has("format")).isFalse();
        assertThat(property(draft, "Widget", "PartIds")
                        .at("/additionalProperties/items/type")
                        .asText())
                .isEqualTo("integer");
        assertThat(property(draft, "Widget", "Notes").path("maxLength").asInt()).isEqualTo(500);
        JsonNode isBig = property(draft, "Widget", "IsBig");
        assertThat(isBig.path("deprecated").asBoolean()).isTrue();
        assertThat(isBig.path("x-mews-replaced-by").asText()).isEqualTo("Size");
        assertThat(isBig.path("description").asText()).isEqualTo("Whether the widget is big.");
        assertThat(ref(property(draft, "Widget", "Size"))).isEqualTo("WidgetSize");
        JsonNode options = property(draft, "Widget", "Options");
        assertThat(options.path("type").asText()).isEqualTo("object");
        assertThat(options.has("properties") || options.has("additionalProperties") || options.has("allOf"))
                .as("free-form")
                .isFalse();
    }

    @Test
    void moneyIsDecimalThoughTheFileSaysDouble() {
        JsonNode amount = schema(draft, "Amount");
        assertThat(amount.at("/properties/NetValue/format").asText()).isEqualTo("decimal");
        assertThat(amount.at("/properties/NetValue/nullable").asBoolean()).isTrue();
        assertThat(amount.at("/properties/GrossValue/format").asText()).isEqualTo("decimal");
        assertThat(ref(amount.at("/properties/Currency"))).isEqualTo("CurrencyCode");
        assertThat(schema(draft, "CurrencyValueV20230202")
                        .at("/properties/GrossValue/format")
                        .asText())
                .isEqualTo("decimal");
        assertThat(draft.evidenceFor("/components/schemas/Widget/properties/Weight"))
                .anySatisfy(e -> {
                    assertThat(e.rule()).isEqualTo(DraftRules.DEFAULT_NUMBER_FORMAT);
                    assertThat(e.sources()).singleElement().hasToString("widgets-getall.txt:158");
                });
    }

    @Test
    void enumsAreNamedByTheirTitlesAndOpen() {
        JsonNode state = schema(draft, "WidgetState");
        assertThat(state.path("enum")).extracting(JsonNode::asText).containsExactly("Draft", "Active", "Retired");
        assertThat(state.path("x-mews-open-enum").asBoolean()).isTrue();
        assertThat(state.at("/x-mews-enum-descriptions/Draft").asText()).isEqualTo("Being prepared.");
        assertThat(draft.evidenceFor("/components/schemas/WidgetState"))
                .anySatisfy(e -> assertThat(e.decision()).contains("more values exist"));
        assertThat(draft.evidenceFor("/components/schemas/Widget/properties/State"))
                .anySatisfy(e -> assertThat(e.rule()).isEqualTo(DraftRules.REFERENCE_SCHEMA_TITLES));
        assertThat(schema(draft, "WidgetSize").path("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("Small", "Large");
    }

    @Test
    void bothUnionFormsAndTheUpdateValues() {
        JsonNode label = schema(draft, "WidgetLabel").path("x-mews-union");
        assertThat(label.path("value").asText()).isEqualTo("Value");
        assertThat(label.at("/mapping/WidgetImageLabel").asText()).isEqualTo(WIDGET_REF + "WidgetImageLabel");
        assertThat(required(draft, "WidgetImageLabel")).containsExactly("ImageUrl");
        assertThat(required(draft, "WidgetTextLabel")).containsExactly("Text");
        JsonNode holder = schema(draft, "WidgetHolder").path("x-mews-union");
        assertThat(holder.at("/mapping/Company/property").asText()).isEqualTo("CompanyHolder");
        assertThat(required(draft, "CompanyHolder")).containsExactly("CompanyName");
        assertThat(schema(draft, "WidgetHolder").path("properties").fieldNames())
                .toIterable()
                .containsExactly("Discriminator", "PersonHolder", "CompanyHolder");
        JsonNode number = schema(draft, "NumberUpdateValue");
        assertThat(number.path("x-mews-update-value").asBoolean()).isTrue();
        assertThat(number.at("/properties/Value/format").asText()).isEqualTo("decimal");
        assertThat(number.at("/properties/Value/nullable").asBoolean()).isTrue();
        assertThat(ref(property(draft, "WidgetUpdate", "Name"))).isEqualTo("StringUpdateValue");
        assertThat(schema(draft, "BoolUpdateValue").at("/properties/Value/type").asText())
                .isEqualTo("boolean");
    }

    @Test
    void theGoodPagesHaveNoDefects() {
        assertThat(draft.findings()).noneMatch(f -> f.severity() != Finding.Severity.NOTE);
    }

    @Test
    void bothRenderingsTogetherSayNoMoreThanTheMarkdownAlone() {
        DraftResult together = Drafter.draft(List.of(Pages.dir("widgets"), Pages.dir("widgets-reference")));
        DraftResult markdown = Drafter.draft(List.of(Pages.dir("widgets")));
        assertThat(together.openApi().path("components").path("schemas").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrderElementsOf(() ->
                        markdown.openApi().path("components").path("schemas").fieldNames());
        for (String name : List.of("Widget", "WidgetFilterParameters", "WidgetState", "WidgetHolder", "Amount")) {
            assertThat(schema(together, name)).as(name).isEqualTo(schema(markdown, name));
        }
        assertThat(together.findings()).noneMatch(f -> f.severity() != Finding.Severity.NOTE);
    }

    @Test
    void negativeControlsEachReferenceRuleDecidesWhatItClaims() {
        DraftResult noDefault = Drafter.draft(
                List.of(Pages.dir("widgets-reference")),
                DraftOptions.DEFAULT.without(DraftRules.DEFAULT_NUMBER_FORMAT));
        assertThat(property(noDefault, "Widget", "Weight").path("format").asText())
                .isEqualTo("double");
        assertThat(schema(noDefault, "Amount").at("/properties/NetValue/format").asText())
                .as("money stays decimal")
                .isEqualTo("decimal");
        DraftResult noTitles = Drafter.draft(
                List.of(Pages.dir("widgets-reference")),
                DraftOptions.DEFAULT.without(DraftRules.REFERENCE_SCHEMA_TITLES));
        assertThat(property(noTitles, "WidgetResult", "Widgets")
                        .at("/items/type")
                        .asText())
                .as("the items of Array<object> are no longer the schema titled Widget")
                .isEqualTo("object");
        assertThat(property(noTitles, "WidgetFilterParameters", "UpdatedUtc")
                        .path("type")
                        .asText())
                .isEqualTo("object");
        assertThat(schema(noTitles, "Widget").isMissingNode()).isTrue();
        assertThat(schema(noTitles, "WidgetState").isMissingNode()).isTrue();
    }
}
