package io.mewscontract.docstospec.draft;

import static io.mewscontract.docstospec.draft.Pages.property;
import static io.mewscontract.docstospec.draft.Pages.required;
import static io.mewscontract.docstospec.draft.Pages.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Widgets pages in the GitBook export rendering (cells one per line, link texts dropped to the page's end,
 * strike-through lost, hints as paragraphs), with a shared objects page in the same rendering.
 */
class GitBookRenderingTest {
    private static DraftResult draft;

    @BeforeAll
    static void draftExport() {
        draft = Drafter.draft(List.of(Pages.dir("widgets-gitbook")));
    }

    @Test
    void theSharedObjectsPageWithoutEndpointsIsRead() {
        // UpdatedUtc's type cell was a link (lost); its example and the objects page's table give it back.
        assertThat(property(draft, "WidgetFilterParameters", "UpdatedUtc")
                        .at("/allOf/0/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/TimeInterval");
        assertThat(schema(draft, "TimeInterval").path("x-mews-doc-names").get(0).asText())
                .isEqualTo("Time interval");
        assertThat(schema(draft, "TimeInterval").at("/properties/EndUtc/format").asText())
                .isEqualTo("date-time");
        assertThat(property(draft, "WidgetFilterParameters", "UpdatedUtc")
                        .path("x-mews-max-interval")
                        .asText())
                .isEqualTo("P3M");
        assertThat(schema(draft, "Limitation").path("x-mews-doc-names").get(0).asText())
                .isEqualTo("Limitation");
    }

    @Test
    void deprecationsSurviveTheExport() {
        JsonNode getAll = draft.openApi().at("/paths/~1api~1connector~1v1~1widgets~1getAll/post");
        assertThat(getAll.path("deprecated").asBoolean()).isTrue();
        // The hint's link lost its text ("Use instead."); the page's end names the operation it linked, which this
        // export does not describe: nothing to resolve, so the hint is kept as written.
        assertThat(getAll.has("x-mews-replaced-by")).isFalse();
        assertThat(getAll.path("x-mews-deprecation").asText()).isEqualTo("This operation is deprecated. Use instead.");
        JsonNode isBig = property(draft, "Widget", "IsBig");
        assertThat(isBig.path("deprecated").asBoolean()).isTrue();
        assertThat(isBig.path("x-mews-replaced-by").asText()).isEqualTo("Size");
    }

    @Test
    void anEnumAfterAnIntroAndANoteKeepsItsNameAndValues() {
        JsonNode state = schema(draft, "WidgetState");
        assertThat(state.path("enum")).extracting(JsonNode::asText).containsExactly("Draft", "Active", "Retired");
        assertThat(property(draft, "Widget", "State").at("/allOf/0/$ref").asText())
                .isEqualTo("#/components/schemas/WidgetState");
        assertThat(draft.evidenceFor("/components/schemas/WidgetState"))
                .anySatisfy(e -> assertThat(e.decision()).contains("more values exist"));
    }

    @Test
    void theRestOfTheFormsTheExportKeeps() {
        assertThat(required(draft, "Widget")).startsWith("Id", "State");
        assertThat(property(draft, "Widget", "StartDate").path("format").asText())
                .isEqualTo("date");
        assertThat(property(draft, "Widget", "Weight").path("nullable").asBoolean())
                .isTrue();
        assertThat(property(draft, "Widget", "Notes").path("maxLength").asInt()).isEqualTo(500);
        assertThat(property(draft, "WidgetDeleteParameters", "WidgetIds")
                        .path("minItems")
                        .asInt())
                .isEqualTo(1);
        JsonNode delete = draft.openApi().at("/paths/~1api~1connector~1v1~1widgets~1delete/post");
        assertThat(delete.path("x-mews-kind").asText()).isEqualTo("write");
        assertThat(delete.at("/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/EmptyResult");
        assertThat(draft.findings()).noneMatch(f -> f.severity() != Finding.Severity.NOTE);
    }

    @Test
    void bothRenderingsTogetherSayNoMoreThanTheMarkdownAlone() {
        List<java.nio.file.Path> both = new ArrayList<>(List.of(Pages.dir("widgets")));
        both.add(Pages.dir("widgets-gitbook").resolve("widgets.txt"));
        DraftResult together = Drafter.draft(both);
        DraftResult markdown = Drafter.draft(List.of(Pages.dir("widgets")));
        String getAll = "/paths/~1api~1connector~1v1~1widgets~1getAll";
        assertThat(together.openApi().at(getAll)).isEqualTo(markdown.openApi().at(getAll));
        assertThat(schema(together, "Widget")).isEqualTo(schema(markdown, "Widget"));
        assertThat(schema(together, "WidgetState")).isEqualTo(schema(markdown, "WidgetState"));
        assertThat(together.findings()).noneMatch(f -> f.severity() != Finding.Severity.NOTE);
    }
}
