package io.mewscontract.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docstospec.draft.DraftOptions;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.draft.PageText;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import io.mewscontract.docstospec.facts.SpecReading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table row against a spec, read by the drafter's rules: an invented Widgets page and a spec of its own. */
class TableConformanceTest {
    private static final String PAGE = """
            # Widgets

            ## Get all widgets

            ### Request

            `[PlatformAddress]/api/connector/v1/widgets/getAll`

            | Property | Type | Contract | Description |
            | :-- | :-- | :-- | :-- |
            | `WidgetIds` | array of string | required, max 10 items | Unique identifiers of the widgets. |
            | `Shape` | [Widget shape](#widget-shape) | optional | Shape of the widgets. |
            | `Mood` | [Widget mood](#nowhere) | optional | Mood of the widgets. |

            #### Widget shape

            * `Round`
            * `Square`
            """;
    private static final String SPEC = """
            openapi: 3.0.3
            paths:
              /api/connector/v1/widgets/getAll:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/WidgetFilterParameters'}
            components:
              schemas:
                WidgetFilterParameters:
                  type: object
                  required: [WidgetIds]
                  properties:
                    WidgetIds: {type: array, maxItems: 10, items: {type: string}}
                    Shape: {$ref: '#/components/schemas/WidgetShape'}
                    Mood: {type: string}
                WidgetShape:
                  type: string
                  x-mews-doc-names: [Widget shape]
                  enum: [Round, Square]
            """;

    private static List<Finding> check(String spec) throws Exception {
        SourceDocument document = DocumentReader.parse("widgets.md", PAGE);
        DocumentedOperation operation = document.operations().get(0);
        DraftResult rows = Drafter.draftTexts(List.of(new PageText("widgets.md", PAGE)), DraftOptions.DEFAULT);
        return new TableConformance(
                        SpecReading.of(OpenApiFiles.parse("spec", spec)), rows, Reconciliation.parse(List.of()))
                .check(document, operation, operation.requestTable().orElseThrow());
    }

    @Test
    void aCellNamingNothingThePagesDefineIsAFindingTheRestAgrees() throws Exception {
        assertThat(check(SPEC))
                .extracting(Finding::element, Finding::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "WidgetFilterParameters.Mood",
                        "the document's type 'Widget mood' names nothing the documents define"));
    }

    @Test
    void negativeControlsAnotherReferenceOrKindOrBoundIsReported() throws Exception {
        String changed = SPEC.replace("Shape: {$ref: '#/components/schemas/WidgetShape'}", "Shape: {type: string}")
                .replace("maxItems: 10", "maxItems: 20")
                .replace("items: {type: string}", "items: {type: integer}");

        assertThat(check(changed))
                .extracting(Finding::problem)
                .contains(
                        "the document types it 'array of string', the spec as array of integer",
                        "the document says maxItems 10, the spec 20",
                        "the document's type 'Widget shape' is component WidgetShape, the spec uses string");
    }
}
