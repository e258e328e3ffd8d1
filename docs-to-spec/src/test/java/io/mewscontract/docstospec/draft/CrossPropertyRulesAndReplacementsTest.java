package io.mewscontract.docstospec.draft;

import static io.mewscontract.docstospec.draft.Pages.property;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Gizmos pages (invented; markdown in {@code pages/rules}, the GitBook export of the same page in
 * {@code pages/rules-gitbook}): cross-property rules stated in description cells, and deprecations whose
 * replacement the page names by a link, an address or (in the export, where the link's text moved to the page's
 * end) a hole.
 */
class CrossPropertyRulesAndReplacementsTest {
    private static final String PATHS = "/paths/~1api~1connector~1v1~1gizmos~1";

    private static DraftResult draft(String rendering, DraftOptions options) {
        return Drafter.draft(List.of(Pages.dir(rendering)), options);
    }

    /** The own part of an operation's request schema (where its cross-property rules are written). */
    private static JsonNode request(DraftResult draft, String operation) {
        String ref = draft.openApi()
                .at(PATHS + operation.replace("/", "~1") + "/post/requestBody/content/application~1json/schema/$ref")
                .asText();
        assertThat(ref).as("request of %s", operation).startsWith("#/components/schemas/");
        return draft.openApi().at(ref.substring(1)).at("/allOf/1");
    }

    private static List<String> names(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rules", "rules-gitbook"})
    void crossPropertyRulesAreDraftedFromTheDescriptionCells(String rendering) {
        DraftResult draft = draft(rendering, DraftOptions.DEFAULT);

        JsonNode getAll = request(draft, "getAll");
        assertThat(names(getAll.path("x-mews-at-least-one-of"))).containsExactly("GizmoIds", "ShelfIds");
        assertThat(getAll.has("x-mews-at-most-one-of")).isFalse();
        JsonNode getAllNew = request(draft, "getAll/2025-01-01");
        assertThat(names(getAllNew.path("x-mews-at-least-one-of"))).containsExactly("GizmoIds", "ShelfIds");
        assertThat(names(getAllNew.path("x-mews-at-most-one-of"))).containsExactly("ActiveOnly", "RetiredOnly");
        assertThat(names(getAllNew.path("x-mews-required-together"))).containsExactly("StartUtc", "EndUtc");
        JsonNode set = request(draft, "set");
        assertThat(names(set.path("x-mews-at-most-one-of"))).containsExactly("Label", "Caption");
        assertThat(names(set.path("x-mews-required-together"))).containsExactly("PriceNet", "PriceCurrency");
        assertThat(request(draft, "update").has("x-mews-at-most-one-of")).isFalse();
        assertThat(draft.findings()).noneMatch(f -> f.severity() != Finding.Severity.NOTE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rules", "rules-gitbook"})
    void eachRuleCitesTheLinesThatStateIt(String rendering) {
        DraftResult draft = draft(rendering, DraftOptions.DEFAULT);
        String ref = draft.openApi()
                .at(PATHS + "getAll/post/requestBody/content/application~1json/schema/$ref")
                .asText();

        assertThat(draft.evidenceFor(ref.substring(1)))
                .filteredOn(e -> e.rule().equals(DraftRules.CROSS_PROPERTY_RULES))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.decision()).startsWith("at-least-one-of [GizmoIds, ShelfIds]");
                    assertThat(e.sources())
                            .hasSize(2)
                            .allSatisfy(s -> assertThat(s.document()).startsWith("gizmos."));
                });
    }

    @Test
    void negativeControlWithoutTheRuleNoCrossPropertyRuleIsDrafted() {
        DraftResult draft = draft("rules", DraftOptions.DEFAULT.without(DraftRules.CROSS_PROPERTY_RULES));

        assertThat(draft.openApi().toString())
                .doesNotContain(
                        "x-mews-at-least-one-of", "x-mews-at-most-one-of", "x-mews-required-together\":[\"StartUtc");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rules", "rules-gitbook"})
    void aDeprecatedOperationsReplacementIsResolvedToTheOperationTheHintNames(String rendering) {
        DraftResult draft = draft(rendering, DraftOptions.DEFAULT);
        String newest = draft.openApi()
                .at(PATHS + "getAll~12025-01-01/post/operationId")
                .asText();
        String set = draft.openApi().at(PATHS + "set/post/operationId").asText();

        JsonNode getAll = draft.openApi().at(PATHS + "getAll/post");
        assertThat(getAll.path("deprecated").asBoolean()).isTrue();
        assertThat(getAll.path("x-mews-replaced-by").asText()).isEqualTo(newest).isNotEmpty(); // by link (a hole)
        assertThat(getAll.has("x-mews-deprecation")).isFalse();
        JsonNode update = draft.openApi().at(PATHS + "update/post");
        assertThat(update.path("x-mews-replaced-by").asText()).isEqualTo(set).isNotEmpty(); // by address
        assertThat(draft.openApi().at(PATHS + "set/post").has("x-mews-replaced-by"))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rules", "rules-gitbook"})
    void aDeprecatedPropertysReplacementNamedByALinkIsResolved(String rendering) {
        DraftResult draft = draft(rendering, DraftOptions.DEFAULT);

        JsonNode tint = property(draft, "Gizmo", "Tint");
        assertThat(tint.path("deprecated").asBoolean()).isTrue();
        assertThat(tint.path("x-mews-replaced-by").asText()).isEqualTo("Label");
    }

    @Test
    void aHintNamingNoOperationOfThePagesKeepsItsTextAndResolvesNothing() {
        String page = Pages.text("rules", "gizmos.md")
                .replace("Use `gizmos/set` instead.", "Use the gizmo workshop instead.");
        DraftResult draft = Drafter.draftTexts(List.of(new PageText("gizmos.md", page)), DraftOptions.DEFAULT);

        JsonNode update = draft.openApi().at(PATHS + "update/post");
        assertThat(update.path("deprecated").asBoolean()).isTrue();
        assertThat(update.has("x-mews-replaced-by")).isFalse();
        assertThat(update.path("x-mews-deprecation").asText()).contains("gizmo workshop");
    }

    @Test
    void aRuleNamingSomethingElseOrALoneFilterIsAFindingNotARule() {
        String page = Pages.text("rules", "gizmos.md")
                .replace("Mutually exclusive with `RetiredOnly`.", "Mutually exclusive with `ArchivedOnly`.")
                .replace(
                        "Unique identifiers of the shelves holding the gizmos. Required if no other filter is"
                                + " provided.",
                        "Unique identifiers of the shelves holding the gizmos.");
        DraftResult draft = Drafter.draftTexts(List.of(new PageText("gizmos.md", page)), DraftOptions.DEFAULT);

        assertThat(request(draft, "getAll/2025-01-01").has("x-mews-at-most-one-of"))
                .isFalse();
        assertThat(request(draft, "getAll").has("x-mews-at-least-one-of")).isFalse();
        assertThat(draft.findings())
                .filteredOn(f -> f.code().equals("cross-property-rule"))
                .extracting(f -> f.severity() + " " + f.source())
                .containsExactlyInAnyOrder("WARNING gizmos.md:83", "NOTE gizmos.md:30");
    }
}
