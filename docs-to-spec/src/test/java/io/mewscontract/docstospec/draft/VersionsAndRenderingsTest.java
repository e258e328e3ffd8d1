package io.mewscontract.docstospec.draft;

import static io.mewscontract.docstospec.draft.Pages.property;
import static io.mewscontract.docstospec.draft.Pages.required;
import static io.mewscontract.docstospec.draft.Pages.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two versions of the Gadgets page: an older GitBook export (link texts lost, four fields, two kinds) and a
 * newer markdown source (a new field, a new kind, an example that omits Code and shows a null Color).
 */
class VersionsAndRenderingsTest {

    @Test
    void theGitBookExportAloneDraftsWhatItKeeps() {
        DraftResult old = Drafter.draft(Pages.files("gadgets", "gadgets-2023.txt"));
        assertThat(required(old, "Gadget")).containsExactly("Id", "OwnerId", "Kind", "Code", "Cost");
        // The lost type cells come back from the examples: an array of objects listed in the Gadget table,
        // and strings that the Gadget kind list holds.
        assertThat(property(old, "GadgetResult", "Gadgets").at("/items/$ref").asText())
                .isEqualTo("#/components/schemas/Gadget");
        assertThat(property(old, "Gadget", "Kind").at("/allOf/0/$ref").asText())
                .isEqualTo("#/components/schemas/GadgetKind");
        assertThat(schema(old, "GadgetKind").path("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("Lever", "Switch");
        assertThat(property(old, "Gadget", "Cost").path("format").asText()).isEqualTo("decimal");
        // The export printed the lost cells' texts at the page's end, as many as rows lost one: paired in order.
        assertThat(old.evidenceFor("/components/schemas/Gadget/properties/Kind"))
                .filteredOn(e -> e.decision().startsWith("type cell 'Gadget kind'"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo(DraftRules.TYPE_FROM_LINKED_HEADING);
                    assertThat(e.sources()).hasSize(2);
                });
        assertThat(old.findings()).noneMatch(f -> f.code().equals("lost-type-cells"));

        // Negative control: without following the end's texts, the examples give the same types back.
        DraftResult fromExamples = Drafter.draft(
                Pages.files("gadgets", "gadgets-2023.txt"),
                DraftOptions.DEFAULT.without(DraftRules.TYPE_FROM_LINKED_HEADING));
        assertThat(property(fromExamples, "Gadget", "Kind").at("/allOf/0/$ref").asText())
                .isEqualTo("#/components/schemas/GadgetKind");
        assertThat(fromExamples.evidenceFor("/components/schemas/Gadget/properties/Kind"))
                .extracting(Evidence::rule)
                .contains(DraftRules.TYPE_FROM_EXAMPLE)
                .doesNotContain(DraftRules.TYPE_FROM_LINKED_HEADING);
    }

    @Test
    void twoVersionsAreReconciled() {
        DraftResult both = Drafter.draft(List.of(Pages.dir("gadgets")));
        assertThat(schema(both, "Gadget").path("properties").fieldNames())
                .toIterable()
                .containsExactly("Id", "OwnerId", "Kind", "Code", "Cost", "Color");
        // Code: both tables say required, the newer example omits it.
        assertThat(required(both, "Gadget")).containsExactly("Id", "OwnerId", "Kind", "Cost");
        assertThat(property(both, "Gadget", "Code").path("nullable").asBoolean())
                .isTrue();
        assertThat(both.evidenceFor("/components/schemas/Gadget/properties/Code"))
                .anySatisfy(e -> {
                    assertThat(e.rule()).isEqualTo(DraftRules.REQUIRED_UNLESS_EXAMPLE_OMITS);
                    assertThat(e.sources()).extracting(s -> s.document()).containsOnly("gadgets-2025.md");
                });
        assertThat(property(both, "Gadget", "Color").path("nullable").asBoolean())
                .isTrue();
        assertThat(schema(both, "GadgetKind").path("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("Lever", "Switch", "Dial");
        JsonNode op = both.openApi().at("/paths/~1api~1connector~1v1~1gadgets~1getAll/post");
        assertThat(op.at("/x-mews-batch/ids").asText()).isEqualTo("OwnerIds");
    }

    @Test
    void theSameFactsInAnotherRenderingChangeNothing() {
        DraftResult markdown = Drafter.draft(Pages.files("gadgets", "gadgets-2025.md"));
        DraftResult twice = Drafter.draftTexts(
                List.of(new PageText("a.md", read("gadgets-2025.md")), new PageText("b.md", read("gadgets-2025.md"))),
                DraftOptions.DEFAULT);
        assertThat(twice.openApi().path("components"))
                .isEqualTo(markdown.openApi().path("components"));
        assertThat(twice.openApi().path("paths")).isEqualTo(markdown.openApi().path("paths"));
    }

    private static String read(String name) {
        try {
            return java.nio.file.Files.readString(Pages.dir("gadgets").resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
