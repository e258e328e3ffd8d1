package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A presence that depends on a condition no extension can state ("Required for Gross pricing environments",
 * "Required when ... , ignored otherwise", CONNECTOR-DOC-FORMS.md) is never dropped silently: a note with its
 * document and line, and evidence on the property; the presence stays what the Contract column and examples say.
 */
class ConditionalPresenceTest {
    private static final String PAGE = """
            # Sprockets

            ## Add sprockets

            ### Request

            `[PlatformAddress]/api/connector/v1/sprockets/add`

            ```javascript
            {
              "ClientToken": "C0FFEE00000000000000000000000000-0000000000000000000000000000000",
              "AccessToken": "BEEF0000000000000000000000000000-0000000000000000000000000000000",
              "Client": "Sample Client 1.0.0",
              "Name": "Small sprocket",
              "GrossPrice": 12.5,
              "CogId": "4b5a2c3e-1f0d-4e2a-9c8b-7a6f5e4d3c2b"
            }
            ```

            | Property | Type | Contract | Description |
            | :-- | :-- | :-- | :-- |
            | `ClientToken` | string | required | Token identifying the client application. |
            | `AccessToken` | string | required | Access token of the client application. |
            | `Client` | string | required | Name and version of the client application. |
            | `Name` | string | required | Name of the sprocket. |
            | `GrossPrice` | number | optional | Gross price of the sprocket. Required for Gross pricing environments. |
            | `CogId` | string | optional | Unique identifier of the cog. Required when using a cog, ignored otherwise. |

            ### Response

            ```javascript
            {}
            ```
            """;

    private static DraftResult draft(DraftOptions options) {
        return Drafter.draftTexts(List.of(new PageText("sprockets.md", PAGE)), options);
    }

    private static JsonNode request(DraftResult draft) {
        return draft.openApi().at("/components/schemas/SprocketAddParameters/allOf/1");
    }

    @Test
    void eachConditionIsANoteWithItsLineAndEvidenceOnTheProperty() {
        DraftResult draft = draft(DraftOptions.DEFAULT);

        assertThat(draft.findings())
                .filteredOn(f -> f.code().equals("conditional-presence"))
                .extracting(f -> f.source().document() + ":" + f.source().line() + " " + f.severity())
                .containsExactly("sprockets.md:26 NOTE", "sprockets.md:27 NOTE");
        assertThat(draft.findings())
                .filteredOn(f -> f.code().equals("conditional-presence"))
                .first()
                .extracting(Finding::message)
                .asString()
                .contains("GrossPrice", "'Required for Gross pricing environments'");
        assertThat(draft.evidenceFor("/components/schemas/SprocketAddParameters/allOf/1/properties/CogId"))
                .filteredOn(e -> e.rule().equals(DraftRules.CROSS_PROPERTY_RULES))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.decision()).contains("'Required when using a cog, ignored otherwise'");
                    assertThat(e.sources()).extracting(Object::toString).containsExactly("sprockets.md:27");
                });
        // The presence is the table's: optional (and so nullable); no cross-property rule is invented.
        assertThat(request(draft).path("required").toString()).doesNotContain("GrossPrice", "CogId");
        assertThat(request(draft).toString()).doesNotContain("x-mews-at-least-one-of", "x-mews-required-together");
    }

    @Test
    void negativeControlWithoutTheRuleTheConditionIsNotRead() {
        DraftResult draft = draft(DraftOptions.DEFAULT.without(DraftRules.CROSS_PROPERTY_RULES));

        assertThat(draft.findings()).noneMatch(f -> f.code().equals("conditional-presence"));
    }
}
