package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reference page's array of enum values with no title ({@code Array<string>}, then {@code Allowed values:}): the
 * values make an open enum named after the property, which the array's items refer to, and the reader's naming is a
 * note. Before, the draft typed the items as plain strings and dropped the values.
 */
class ReferenceEnumArrayTest {
    private static final String PAGE = String.join(
            "\n",
            "Get all gadgets",
            "",
            "POST",
            "/api/connector/v1/gadgets/getAll",
            "",
            "Returns all gadgets.",
            "",
            "GadgetFilterParameters",
            "object",
            "Kinds", // 10
            "required",
            "",
            "Kinds of the gadgets.",
            "",
            "Array<string>",
            "Allowed values: \"Small\" \"Large\"",
            "Example",
            "{",
            "\"Kinds\": [\"Small\"]",
            "}",
            "");

    @Test
    void theValuesBecomeAnOpenEnumTheItemsReferTo() {
        DraftResult draft =
                Drafter.draftTexts(List.of(new PageText("gadgets-reference.txt", PAGE)), DraftOptions.DEFAULT);

        JsonNode kinds = Pages.property(draft, "GadgetFilterParameters", "Kinds");
        assertThat(kinds.path("type").asText()).isEqualTo("array");
        String items = Pages.ref(kinds.path("items"));
        assertThat(items).isEqualTo("Kinds");
        JsonNode values = Pages.schema(draft, items);
        assertThat(values.path("enum").toString()).isEqualTo("[\"Small\",\"Large\"]");
        assertThat(values.path("x-mews-open-enum").asBoolean()).isTrue();
        assertThat(draft.findings())
                .filteredOn(f -> f.code().equals("reading-note"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().line()).isEqualTo(10);
                    assertThat(f.message()).contains("named after the property");
                });
    }
}
