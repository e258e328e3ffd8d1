package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each table row as the rules read it alone: what the conformance suite holds to the spec. */
class TableRowsTest {
    private static DraftResult draft;

    @BeforeAll
    static void draftWidgets() {
        draft = Drafter.draft(List.of(Pages.dir("widgets")));
    }

    private static TableRow row(int line) {
        return draft.tableRow("widgets.md", line).orElseThrow(() -> new AssertionError("no row at line " + line));
    }

    @Test
    void aScalarArrayCell() {
        TableRow ids = row(37);
        assertThat(ids.property().name()).isEqualTo("WidgetIds");
        assertThat(ids.array()).isTrue();
        assertThat(ids.kind()).isEqualTo("string");
        assertThat(ids.reference()).isNull();
    }

    @Test
    void aLinkFollowedToItsHeadingOnAnotherPageWithAnIntervalBound() {
        TableRow updated = row(38);
        assertThat(updated.kind()).isEqualTo("object");
        assertThat(updated.reference()).isEqualTo("TimeInterval");
        assertThat(updated.referenceDocNames()).contains("Time interval");
        assertThat(updated.maxInterval()).isEqualTo("P3M");
        assertThat(updated.unread()).isEmpty();
    }

    @Test
    void aHybridIdentifierCell() {
        TableRow owner = row(107);
        assertThat(owner.kind()).isEqualTo("string");
        assertThat(owner.format()).isEqualTo("hybrid-id");
    }

    @Test
    void everyRowOfEveryTableIsRead() {
        long tableRows = draft.tableRows().stream()
                .filter(r -> r.source().document().equals("widgets.md"))
                .count();
        long lines = Pages.text("widgets", "widgets.md")
                .lines()
                .filter(l -> l.startsWith("| `") || l.startsWith("| ~~`"))
                .count();
        assertThat(tableRows).isEqualTo(lines);
    }
}
