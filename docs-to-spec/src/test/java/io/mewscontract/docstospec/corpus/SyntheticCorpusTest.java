package io.mewscontract.docstospec.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.Finding;
import io.mewscontract.docstospec.draft.DraftOptions;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.draft.PageText;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic corpus is shaped like the real documentation and drafts without errors, deterministically. */
class SyntheticCorpusTest {
    private static Map<String, String> pages;
    private static DraftResult draft;

    @BeforeAll
    static void draftCorpus() {
        pages = SyntheticCorpus.pages(80, 1);
        draft = Drafter.draftTexts(
                pages.entrySet().stream()
                        .map(e -> new PageText(e.getKey(), e.getValue()))
                        .toList(),
                DraftOptions.DEFAULT);
    }

    @Test
    void eightyPagesOfAboutTwoHundredOperations() {
        assertThat(pages).hasSize(80).containsKeys("_objects.md", "_export-types.md", "README.md");
        int operations = draft.openApi().path("paths").size();
        assertThat(operations).isBetween(200, 260);
        long examples = pages.values().stream()
                .mapToLong(p -> p.split("```javascript", -1).length - 1)
                .sum();
        assertThat(examples).isBetween(400L, 520L);
    }

    @Test
    void theRareFormsAreThereAndDrafted() {
        JsonNode paths = draft.openApi().path("paths");
        long deprecated = StreamSupport.stream(paths.spliterator(), false)
                .filter(p -> p.path("post").path("deprecated").asBoolean())
                .count();
        assertThat(deprecated).isEqualTo(16);
        assertThat(paths.has("/api/connector/v1/widgets/getAll/2023-06-06")).isTrue();
        JsonNode schemas = draft.openApi().path("components").path("schemas");
        assertThat(schemas.at("/WidgetKind/x-mews-union/mapping/WidgetPlain").asText())
                .isEqualTo("#/components/schemas/WidgetPlain");
        assertThat(schemas.at("/Widget/properties/IsLegacy/deprecated").asBoolean())
                .isTrue();
        assertThat(schemas.at("/Widget/properties/OwnerId/format").asText()).isEqualTo("hybrid-id");
        assertThat(schemas.at("/LocalizedText/additionalProperties/type").asText())
                .isEqualTo("string");
    }

    @Test
    void theInvalidExamplesAreFindingsAndNothingElseIsWrong() {
        List<Finding> problems = draft.findings().stream()
                .filter(f -> f.severity() != Finding.Severity.NOTE)
                .toList();
        assertThat(problems).extracting(Finding::code).containsOnly("invalid-example");
        assertThat(problems).hasSize(8);
    }

    @Test
    void deterministic() {
        DraftResult again = Drafter.draftTexts(
                SyntheticCorpus.pages(80, 1).entrySet().stream()
                        .map(e -> new PageText(e.getKey(), e.getValue()))
                        .toList(),
                DraftOptions.DEFAULT);
        assertThat(again.openApi()).isEqualTo(draft.openApi());
        assertThat(again.evidence()).isEqualTo(draft.evidence());
    }
}
