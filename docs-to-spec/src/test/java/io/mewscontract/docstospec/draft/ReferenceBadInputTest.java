package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.Finding;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input in the reference rendering: a property with no type, {@code Example} followed by no JSON, an example
 * that is not valid JSON. Each is a finding with document and line; the rest of the page is still drafted.
 */
class ReferenceBadInputTest {
    private static final String PAGE = String.join(
            "\n",
            "Get all gadgets", // 1
            "",
            "POST",
            "/api/connector/v1/gadgets/getAll",
            "",
            "Returns all gadgets.",
            "",
            "GadgetFilterParameters",
            "object",
            "GadgetIds", // 10
            "required",
            "",
            "Unique identifiers of the gadgets.",
            "",
            "Array<string>",
            "Colour", // 16: no type
            "",
            "Colour of the gadgets.",
            "",
            "Example", // 20: no JSON after it
            "",
            "OK",
            "",
            "GadgetResult",
            "object",
            "Gadgets",
            "required",
            "",
            "The gadgets.",
            "",
            "Array<object>",
            "Gadget",
            "object",
            "Id",
            "required",
            "",
            "Unique identifier of the gadget.",
            "",
            "string format: uuid",
            "Example", // 40
            "{", // 41: a trailing comma
            "\"Gadgets\": [",
            "{ \"Id\": \"4b5a2c3e-1f0d-4e2a-9c8b-7a6f5e4d3c2b\", }",
            "]",
            "}",
            "");

    private static DraftResult draft;

    @BeforeAll
    static void draftTheBrokenPage() {
        draft = Drafter.draftTexts(List.of(new PageText("gadgets-reference.txt", PAGE)), DraftOptions.DEFAULT);
    }

    private static List<String> findings(String code) {
        return draft.findings().stream()
                .filter(f -> f.code().equals(code))
                .map(f -> f.source() + " " + f.severity())
                .toList();
    }

    @Test
    void aPropertyWithNoTypeNamesItsLine() {
        assertThat(findings("missing-type")).containsExactly("gadgets-reference.txt:16 WARNING");
    }

    @Test
    void anExampleLineWithoutJsonAndAnInvalidExampleNameTheirLines() {
        assertThat(findings("invalid-example"))
                .containsExactlyInAnyOrder("gadgets-reference.txt:20 WARNING", "gadgets-reference.txt:43 WARNING");
        assertThat(draft.findings())
                .filteredOn(f -> f.source().line() == 43)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("column");
    }

    @Test
    void theRestOfThePageIsStillDrafted() {
        assertThat(Pages.property(draft, "GadgetFilterParameters", "GadgetIds")
                        .path("type")
                        .asText())
                .isEqualTo("array");
        assertThat(Pages.property(draft, "Gadget", "Id").path("format").asText())
                .isEqualTo("uuid");
        assertThat(Pages.property(draft, "GadgetFilterParameters", "Colour").isMissingNode())
                .as("kept, though untyped")
                .isFalse();
        assertThat(draft.hasErrors()).isFalse();
    }
}
