package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a finding with document and line; the rest of the pages are still drafted. */
class BadInputTest {
    private static DraftResult draft;

    @BeforeAll
    static void draftBadPages() {
        draft = Drafter.draft(List.of(Pages.dir("bad"), Path.of("no-such-page.md")));
    }

    private static Finding finding(String code) {
        return draft.findings().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + draft.findings()));
    }

    @Test
    void notAConnectorPageAndAMissingFileAreErrors() {
        assertThat(finding("not-a-connector-page").source().document()).isEqualTo("prose.txt");
        assertThat(finding("unreadable").source().document()).isEqualTo("no-such-page.md");
        assertThat(draft.hasErrors()).isTrue();
    }

    @Test
    void defectsOfAPageNameTheirLine() {
        assertThat(finding("invalid-example").source()).hasToString("gizmos.md:15");
        assertThat(finding("missing-column").source()).hasToString("gizmos.md:36");
        assertThat(finding("broken-link").source()).hasToString("gizmos.md:26");
        assertThat(finding("empty-heading").source()).hasToString("gizmos.md:24");
        assertThat(finding("self-contradiction").source()).hasToString("gizmos.md:46");
        Finding conflict = finding("conflicting-definitions");
        assertThat(conflict.source()).hasToString("gizmos.md:45");
        assertThat(conflict.message()).contains("gizmo-parts.md:14");
    }

    @Test
    void theRestIsStillDrafted() {
        assertThat(draft.openApi().path("paths").has("/api/connector/v1/gizmos/getAll"))
                .isTrue();
        assertThat(Pages.property(draft, "Gizmo", "Serial").path("type").asText())
                .isEqualTo("integer");
        assertThat(Pages.property(draft, "GizmoFilterParameters", "Part")
                        .at("/allOf/0/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/GizmoPart");
        assertThat(Pages.property(draft, "Gizmo", "Tags").path("type").asText()).isEqualTo("array");
    }
}
