package io.mewscontract.docstospec.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docstospec.decisions.DecisionOutcome.Status;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import org.junit.jupiter.api.Test;

class OverlayApplierTest {
    private static final String DRAFT = """
            openapi: 3.0.3
            components:
              schemas:
                Widget:
                  type: object
                  required: [Id, Size]
                  properties:
                    Id: {type: string}
                    Size: {type: integer}
                    Colour: {type: string}
                WidgetState:
                  type: string
                  enum: [Lit, Dark]
            """;

    private static Decisions overlay(String actions) throws Exception {
        return Decisions.parse("test.overlay.yaml", OpenApiFiles.parse("test", """
                overlay: 1.0.0
                info: {title: t, version: 1.0.0}
                actions:
                """ + actions));
    }

    private static String action(String target, String effect) {
        return "  - target: \"" + target + "\"\n    " + effect + "\n    description: d\n    x-element: E\n"
                + "    x-reason: r\n    x-sources: ['001']\n";
    }

    @Test
    void removesAnArrayMemberMergesAnObjectAndAppendsAnEntry() throws Exception {
        Decisions decisions = overlay(action("$.components.schemas.Widget.required[?(@ == 'Size')]", "remove: true")
                + action("$.components.schemas.Widget.properties.Colour", "update: {nullable: true, maxLength: 9}")
                + action("$.components.schemas.WidgetState.enum", "update: Broken"));

        OverlayApplier.Application result = OverlayApplier.apply(OpenApiFiles.parse("d", DRAFT), decisions);

        JsonNode widget = result.document().at("/components/schemas/Widget");
        assertThat(widget.get("required").toString()).isEqualTo("[\"Id\"]");
        assertThat(widget.at("/properties/Colour").toString())
                .isEqualTo("{\"type\":\"string\",\"nullable\":true,\"maxLength\":9}");
        assertThat(result.document().at("/components/schemas/WidgetState/enum").toString())
                .isEqualTo("[\"Lit\",\"Dark\",\"Broken\"]");
        assertThat(result.outcomes()).extracting(DecisionOutcome::status).containsOnly(Status.APPLIED);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aDecisionThatChangesNothingOrWhoseTargetIsGoneIsStale() throws Exception {
        Decisions decisions = overlay(action("$.components.schemas.Widget.properties.Id", "update: {type: string}")
                + action("$.components.schemas.WidgetState.enum", "update: Lit")
                + action("$.components.schemas.Gadget.properties.Id", "update: {format: uuid}")
                + action("$.components.schemas.Widget.required[?(@ == 'Colour')]", "remove: true"));

        OverlayApplier.Application result = OverlayApplier.apply(OpenApiFiles.parse("d", DRAFT), decisions);

        assertThat(result.outcomes())
                .extracting(DecisionOutcome::status)
                .containsExactly(
                        Status.STALE_NO_CHANGE,
                        Status.STALE_NO_CHANGE,
                        Status.STALE_TARGET_GONE,
                        Status.STALE_TARGET_GONE);
        assertThat(result.document()).isEqualTo(OpenApiFiles.parse("d", DRAFT));
    }

    @Test
    void aMergeChangingOneNestedValueIsAppliedOneRepeatingEveryValueIsStale() throws Exception {
        Decisions decisions = overlay(action(
                        "$.components.schemas.Widget",
                        "update: {properties: {Id: {type: string}, Size: {type: number}}}")
                + action("$.components.schemas.Widget", "update: {properties: {Size: {type: number}}, type: object}")
                + action("$.components.schemas.Widget", "x-rename-to: Gadget"));

        OverlayApplier.Application result = OverlayApplier.apply(OpenApiFiles.parse("d", DRAFT), decisions);

        assertThat(result.outcomes())
                .extracting(DecisionOutcome::status)
                .containsExactly(Status.APPLIED, Status.STALE_NO_CHANGE, Status.APPLIED);
        assertThat(result.document()
                        .at("/components/schemas/Gadget/properties/Size/type")
                        .asText())
                .isEqualTo("number");
        assertThat(result.document().at("/components/schemas/Widget").isMissingNode())
                .isTrue();
    }

    @Test
    void aTargetSelectingSeveralNodesIsNotApplied() throws Exception {
        Decisions decisions = overlay(action("$.components.schemas.Widget.properties.*", "update: {nullable: true}"));

        OverlayApplier.Application result = OverlayApplier.apply(OpenApiFiles.parse("d", DRAFT), decisions);

        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.AMBIGUOUS_TARGET);
            assertThat(o.detail()).contains("selects 3 nodes");
        });
        assertThat(result.document()).isEqualTo(OpenApiFiles.parse("d", DRAFT));
    }

    @Test
    void anIncompleteRecordIsRefusedNamingTheAction() {
        assertThatThrownBy(() -> overlay("  - target: $.info\n    update: {title: x}\n    description: d\n"
                        + "    x-element: E\n    x-sources: ['001']\n"))
                .isInstanceOf(DecisionFormatException.class)
                .hasMessage("test.overlay.yaml: actions[0]: no 'x-reason': every decision names its element,"
                        + " says what it decides (description) and why (x-reason)");
        assertThatThrownBy(() -> overlay(action("$.components[?(@.x ==", "remove: true")))
                .isInstanceOf(DecisionFormatException.class)
                .hasMessageStartingWith("test.overlay.yaml: actions[0]: 'target' is not a JSONPath expression");
    }
}
