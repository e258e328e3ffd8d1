package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reference page does not show where a nested schema ends; with no example to settle it, the reader guesses, and
 * every guess reaches the draft's findings with its line, so a wrong one is seen rather than silently drafted.
 */
class ReferenceNestingGuessTest {
    private static final String PAGE = String.join(
            "\n",
            "Get all sprockets", // 1
            "",
            "POST",
            "/api/connector/v1/sprockets/getAll",
            "",
            "Returns all sprockets.",
            "",
            "SprocketFilterParameters",
            "object",
            "UpdatedUtc", // 10
            "Time interval",
            "object",
            "StartUtc",
            "required",
            "string format: date-time",
            "EndUtc",
            "required",
            "string format: date-time",
            "Limitation", // 19: after the interval's last property; the page cannot say whose it is
            "required",
            "integer",
            "");

    private static List<Finding> readingNotes(String page) {
        return Drafter.draftTexts(List.of(new PageText("sprockets-reference.txt", page)), DraftOptions.DEFAULT)
                .findings()
                .stream()
                .filter(f -> f.code().equals("reading-note"))
                .toList();
    }

    @Test
    void aPlacementNoExampleSettlesIsAFindingWithItsLine() {
        assertThat(readingNotes(PAGE))
                .filteredOn(f -> f.source().line() == 19)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.NOTE);
                    assertThat(f.message()).contains("'Limitation'", "'Time interval'");
                });
    }

    @Test
    void negativeControlAnExampleThatSettlesThePlacementLeavesNoNote() {
        String settled = PAGE
                + String.join(
                        "\n",
                        "Example",
                        "{",
                        "\"UpdatedUtc\": { \"StartUtc\": \"2026-01-01T00:00:00Z\", \"EndUtc\": \"2026-02-01T00:00:00Z\" },",
                        "\"Limitation\": 10",
                        "}",
                        "");
        assertThat(readingNotes(settled))
                .filteredOn(f -> f.source().line() == 19)
                .isEmpty();
    }
}
