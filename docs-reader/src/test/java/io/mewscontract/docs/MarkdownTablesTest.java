package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown table cells: pipes in code spans, escaped pipes, columns found by header name. */
class MarkdownTablesTest {

    @Test
    void pipesInsideCodeSpansOrEscapedDoNotSplitCells() {
        assertThat(MarkdownSourceParser.cells("| `A|B` | x \\| y | [T](#t) |"))
                .containsExactly("`A|B`", "x | y", "[T](#t)");
    }

    @Test
    void columnsAreFoundByHeaderAndLinksReducedToText() {
        String page = String.join(
                "\n",
                "## Do something",
                "",
                "`[PlatformAddress]/api/connector/v1/things/do`",
                "",
                "### Response",
                "",
                "| Property | Contract | Type | Description |",
                "| :-- | :-: | --- | --- |",
                "| `Total` | optional | [Amount](https://docs.mews.com/connector-api/_objects#amount) | Sum, see [docs](https://x). |");
        DocumentedProperty total = DocumentReader.parse("t.md", page)
                .operation("/api/connector/v1/things/do")
                .orElseThrow()
                .responseTable()
                .orElseThrow()
                .property("Total")
                .orElseThrow();
        assertThat(total.type()).isEqualTo("Amount");
        assertThat(total.presence()).isEqualTo(Presence.OPTIONAL);
        assertThat(total.description()).isEqualTo("Sum, see docs.");
        assertThat(total.line()).isEqualTo(9);
    }
}
