package io.mewscontract.docstospec.draft;

import static io.mewscontract.docstospec.draft.Pages.property;
import static io.mewscontract.docstospec.draft.Pages.ref;
import static io.mewscontract.docstospec.draft.Pages.required;
import static io.mewscontract.docstospec.draft.Pages.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Widgets pages (markdown, with a shared objects page and an index page) exercise every form; checked property by property. */
class WidgetsDraftTest {
    private static DraftResult draft;

    @BeforeAll
    static void draftWidgets() {
        draft = Drafter.draft(List.of(Pages.dir("widgets")));
    }

    @Test
    void operationsIncludingTheVersionedOneAndNoneFromTheIndexPage() {
        assertThat(draft.openApi().path("paths").fieldNames())
                .toIterable()
                .containsExactly(
                        "/api/connector/v1/widgets/getAll",
                        "/api/connector/v1/widgets/getAll/2024-01-01",
                        "/api/connector/v1/widgets/update");
        assertThat(draft.findings()).anySatisfy(f -> {
            assertThat(f.source().document()).isEqualTo("README.md");
            assertThat(f.code()).isEqualTo("no-operations");
        });
        JsonNode getAll = draft.openApi().at("/paths/~1api~1connector~1v1~1widgets~1getAll/post");
        assertThat(getAll.path("operationId").asText()).isEqualTo("getAllWidgets");
        assertThat(draft.openApi()
                        .at("/paths/~1api~1connector~1v1~1widgets~1getAll~12024-01-01/post/operationId")
                        .asText())
                .isEqualTo("getAllWidgetsV20240101");
    }

    @Test
    void deprecatedOperationFromTheWarningHint() {
        JsonNode getAll = draft.openApi().at("/paths/~1api~1connector~1v1~1widgets~1getAll/post");
        assertThat(getAll.path("deprecated").asBoolean()).isTrue();
        assertThat(getAll.path("x-mews-replaced-by").asText())
                .isEqualTo(draft.openApi()
                        .at("/paths/~1api~1connector~1v1~1widgets~1getAll~12024-01-01/post/operationId")
                        .asText());
        assertThat(getAll.has("x-mews-deprecation"))
                .as("the hint names a replacement the draft resolves")
                .isFalse();
        assertThat(getAll.path("description").asText())
                .isEqualTo("Returns all widgets of the enterprise, newest first.");
        assertThat(draft.openApi()
                        .at("/paths/~1api~1connector~1v1~1widgets~1update/post/deprecated")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void paginationBatchKindAndEmptyResponse() {
        JsonNode getAll = draft.openApi().at("/paths/~1api~1connector~1v1~1widgets~1getAll/post");
        assertThat(getAll.path("x-mews-kind").asText()).isEqualTo("read");
        assertThat(getAll.path("x-mews-pagination").path("items").asText()).isEqualTo("Widgets");
        assertThat(property(draft, "WidgetResult", "Cursor").path("nullable").asBoolean())
                .isTrue();
        assertThat(required(draft, "WidgetResult")).contains("Cursor");
        assertThat(property(draft, "WidgetResult", "Cursor").has("format")).isFalse();
        JsonNode v2 = draft.openApi().at("/paths/~1api~1connector~1v1~1widgets~1getAll~12024-01-01/post");
        assertThat(v2.path("x-mews-batch").path("ids").asText()).isEqualTo("WidgetIds");
        assertThat(v2.path("x-mews-batch").path("items").asText()).isEqualTo("WidgetPrices");
        JsonNode update = draft.openApi().at("/paths/~1api~1connector~1v1~1widgets~1update/post");
        assertThat(update.path("x-mews-kind").asText()).isEqualTo("write");
        assertThat(ref(update.at("/responses/200/content/application~1json/schema")))
                .isEqualTo("EmptyResult");
    }

    @Test
    void requestsExtendConnectorRequest() {
        JsonNode request = schema(draft, "WidgetFilterParameters");
        assertThat(ref(request.path("allOf").path(0))).isEqualTo("ConnectorRequest");
        assertThat(request.path("allOf").path(1).path("properties").has("ClientToken"))
                .isFalse();
        assertThat(schema(draft, "ConnectorRequest")
                        .at("/properties/AccessToken/format")
                        .asText())
                .isEqualTo("password");
    }

    @Test
    void linksToTheSharedObjectsPageAreFollowedToTheirHeadings() {
        JsonNode updated = property(draft, "WidgetFilterParameters", "UpdatedUtc");
        assertThat(ref(updated)).isEqualTo("TimeInterval");
        assertThat(updated.path("x-mews-max-interval").asText()).isEqualTo("P3M");
        assertThat(updated.path("nullable").asBoolean()).isTrue();
        assertThat(schema(draft, "TimeInterval").path("nullable").asBoolean()).isTrue();
        assertThat(schema(draft, "TimeInterval")
                        .at("/properties/StartUtc/format")
                        .asText())
                .isEqualTo("date-time");
        assertThat(ref(property(draft, "WidgetFilterParameters", "Limitation"))).isEqualTo("Limitation");
        assertThat(required(draft, "WidgetFilterParameters")).containsExactly("Limitation");
        assertThat(property(draft, "WidgetFilterParameters", "WidgetIds")
                        .path("maxItems")
                        .asInt())
                .isEqualTo(1000);
    }

    @Test
    void versionedObjectHeadingsAreTheirOwnComponents() {
        assertThat(ref(property(draft, "WidgetPrice", "Price"))).isEqualTo("CurrencyValueV20230202");
        assertThat(schema(draft, "CurrencyValueV20230202").path("properties").has("GrossValue"))
                .isTrue();
        assertThat(schema(draft, "CurrencyValueV20230202")
                        .path("x-mews-doc-names")
                        .get(0)
                        .asText())
                .isEqualTo("Currency value (ver 2023-02-02)");
    }

    @Test
    void widgetPropertyByProperty() {
        assertThat(required(draft, "Widget"))
                .containsExactly("Id", "Name", "State", "Price", "Count", "CreatedUtc", "OwnerId");
        assertThat(property(draft, "Widget", "Id").path("format").asText()).isEqualTo("uuid");
        assertThat(ref(property(draft, "Widget", "Name"))).isEqualTo("LocalizedText");
        assertThat(property(draft, "Widget", "Name").path("description").asText())
                .isEqualTo("Name of the widget. Shown to guests.");
        assertThat(schema(draft, "LocalizedText")
                        .at("/additionalProperties/type")
                        .asText())
                .isEqualTo("string");
        assertThat(ref(property(draft, "Widget", "State"))).isEqualTo("WidgetState");
        assertThat(property(draft, "Widget", "Price").path("description").asText())
                .isEqualTo("Price (gross and net) of the widget.");
        assertThat(schema(draft, "Amount").at("/properties/GrossValue/format").asText())
                .isEqualTo("decimal");
        assertThat(schema(draft, "Amount").at("/properties/NetValue/nullable").asBoolean())
                .isTrue();
        assertThat(ref(schema(draft, "Amount").at("/properties/Currency"))).isEqualTo("CurrencyCode");
        JsonNode weight = property(draft, "Widget", "Weight");
        assertThat(weight.path("type").asText()).isEqualTo("number");
        assertThat(weight.has("format")).isFalse();
        assertThat(property(draft, "Widget", "Count").path("type").asText()).isEqualTo("integer");
        assertThat(property(draft, "Widget", "StartDate").path("format").asText())
                .isEqualTo("date");
        assertThat(property(draft, "Widget", "CreatedUtc").path("format").asText())
                .isEqualTo("date-time");
        JsonNode owner = property(draft, "Widget", "OwnerId");
        assertThat(owner.path("type").asText()).isEqualTo("string");
        assertThat(owner.path("format").asText()).isEqualTo("hybrid-id");
        assertThat(property(draft, "Widget", "Tags")
                        .at("/additionalProperties/type")
                        .asText())
                .isEqualTo("string");
        assertThat(property(draft, "Widget", "Scores")
                        .at("/additionalProperties/type")
                        .asText())
                .isEqualTo("number");
        assertThat(property(draft, "Widget", "PartIds")
                        .at("/additionalProperties/items/type")
                        .asText())
                .isEqualTo("integer");
        JsonNode notes = property(draft, "Widget", "Notes");
        assertThat(notes.path("maxLength").asInt()).isEqualTo(500);
        assertThat(notes.path("description").asText()).isEqualTo("Internal notes.");
        JsonNode isBig = property(draft, "Widget", "IsBig");
        assertThat(isBig.path("deprecated").asBoolean()).isTrue();
        assertThat(isBig.path("x-mews-replaced-by").asText()).isEqualTo("Size");
        assertThat(isBig.path("type").asText()).isEqualTo("boolean");
        assertThat(property(draft, "Widget", "Options").path("type").asText()).isEqualTo("object");
        assertThat(property(draft, "Widget", "Options").has("properties")).isFalse();
    }

    @Test
    void optionalPropertiesAreNullableAndRequiredOnesAreNot() {
        for (String optional : List.of("Weight", "StartDate", "Tags", "Notes", "Size", "Label", "Holder")) {
            assertThat(property(draft, "Widget", optional).path("nullable").asBoolean())
                    .as(optional)
                    .isTrue();
        }
        for (String required : List.of("Id", "Count", "CreatedUtc", "OwnerId")) {
            assertThat(property(draft, "Widget", required).path("nullable").asBoolean())
                    .as(required)
                    .isFalse();
        }
    }

    @Test
    void enumsAreOpenWithTheirListsAfterAnIntroAndAHint() {
        JsonNode state = schema(draft, "WidgetState");
        assertThat(state.path("x-mews-open-enum").asBoolean()).isTrue();
        assertThat(state.path("enum")).extracting(JsonNode::asText).containsExactly("Draft", "Active", "Retired");
        assertThat(state.at("/x-mews-enum-descriptions/Draft").asText()).isEqualTo("Being prepared.");
        assertThat(draft.evidenceFor("/components/schemas/WidgetState")).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo(DraftRules.OPEN_ENUMS);
            assertThat(e.decision()).contains("more values exist");
            assertThat(e.sources()).anySatisfy(s -> assertThat(s.document()).isEqualTo("widgets.md"));
        });
        assertThat(schema(draft, "WidgetSize").path("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("Small", "Large");
    }

    @Test
    void bothUnionForms() {
        JsonNode label = schema(draft, "WidgetLabel");
        assertThat(label.at("/x-mews-union/value").asText()).isEqualTo("Value");
        assertThat(label.at("/x-mews-union/mapping/WidgetTextLabel").asText())
                .isEqualTo("#/components/schemas/WidgetTextLabel");
        assertThat(label.at("/x-mews-union/mapping/WidgetImageLabel").asText())
                .isEqualTo("#/components/schemas/WidgetImageLabel");
        assertThat(label.at("/properties/Value/type").asText()).isEqualTo("object");
        assertThat(schema(draft, "WidgetImageLabel")
                        .at("/properties/ImageUrl/type")
                        .asText())
                .isEqualTo("string");
        JsonNode holder = schema(draft, "WidgetHolder");
        assertThat(holder.at("/x-mews-union/mapping/Person/property").asText()).isEqualTo("PersonHolder");
        assertThat(holder.at("/x-mews-union/mapping/Person/schema").asText())
                .isEqualTo("#/components/schemas/PersonHolder");
        assertThat(holder.at("/x-mews-union/mapping/Company/property").asText()).isEqualTo("CompanyHolder");
        assertThat(holder.at("/x-mews-union/value").isMissingNode()).isTrue();
    }

    @Test
    void updateValues() {
        JsonNode name = property(draft, "WidgetUpdate", "Name");
        assertThat(ref(name)).isEqualTo("StringUpdateValue");
        assertThat(name.path("nullable").asBoolean()).isTrue();
        assertThat(required(draft, "WidgetUpdate")).containsExactly("WidgetId");
        assertThat(schema(draft, "StringUpdateValue")
                        .at("/properties/Value/nullable")
                        .asBoolean())
                .isTrue();
        assertThat(schema(draft, "StringUpdateValue")
                        .path("x-mews-update-value")
                        .asBoolean())
                .isTrue();
        assertThat(schema(draft, "NumberUpdateValue")
                        .path("x-mews-update-value")
                        .asBoolean())
                .isTrue();
        assertThat(ref(property(draft, "WidgetUpdate", "Weight"))).isEqualTo("NumberUpdateValue");
        assertThat(schema(draft, "NumberUpdateValue")
                        .at("/properties/Value/type")
                        .asText())
                .isEqualTo("number");
        JsonNode updates = property(draft, "WidgetUpdateParameters", "WidgetUpdates");
        assertThat(updates.path("minItems").asInt()).isEqualTo(1);
        assertThat(updates.path("maxItems").asInt()).isEqualTo(1000);
    }

    @Test
    void everyDecisionNamesItsRuleAndADocumentLine() {
        assertThat(draft.evidence()).isNotEmpty();
        assertThat(draft.evidenceFor("/components/schemas/Widget/properties/Weight"))
                .extracting(Evidence::rule)
                .contains(DraftRules.TYPE_FROM_TABLE, DraftRules.NULLABLE_WHEN_NULL_SEEN);
        Evidence nullable = draft.evidenceFor("/components/schemas/Amount/properties/NetValue").stream()
                .filter(e -> e.rule().equals(DraftRules.NULLABLE_WHEN_NULL_SEEN))
                .findFirst()
                .orElseThrow();
        assertThat(nullable.sources()).singleElement().satisfies(s -> {
            assertThat(s.document()).isEqualTo("widgets.md");
            assertThat(s.line()).isEqualTo(70); // the line of "NetValue": null in the second widget
        });
        assertThat(draft.openApiWithEvidence().at("/components/schemas/Widget/properties/Id/x-mews-evidence"))
                .isNotEmpty();
        assertThat(draft.findings()).noneMatch(f -> f.severity() != io.mewscontract.docs.Finding.Severity.NOTE);
    }
}
