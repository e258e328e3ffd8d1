package io.mewscontract.docstospec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docstospec.decisions.Decisions;
import io.mewscontract.docstospec.decisions.OverlayApplier;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The analyzer alone: "pages" here are the curated spec with one edit, so each kind is isolated exactly. */
class DriftAnalyzerTest {
    private static final String SCHEMAS = "/components/schemas/";

    private static List<DriftFinding> drift(Consumer<ObjectNode> edit) throws Exception {
        JsonNode spec = OpenApiFiles.read(CheckoutLayout.spec());
        ObjectNode pages = spec.deepCopy();
        edit.accept(pages);
        OverlayApplier.Application decided = OverlayApplier.apply(pages, Decisions.none());
        return new DriftAnalyzer(spec, pages, decided, p -> List.of("page.md:" + p.length()), null).findings();
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    @Test
    void theSpecAgainstItselfHasNoDrift() throws Exception {
        assertThat(drift(pages -> {})).isEmpty();
    }

    @Test
    void aNewEnumValueIsOneNonBreakingFindingWithADecisionThatWouldKeepItOut() throws Exception {
        List<DriftFinding> findings =
                drift(p -> ((ArrayNode) p.at(SCHEMAS + "PaymentRequestState/enum")).add("Refunded"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.NEW_ENUM_VALUE);
            assertThat(f.element()).isEqualTo("PaymentRequestState");
            assertThat(f.pages()).isEqualTo("value `Refunded`");
            assertThat(f.breaking()).isFalse();
            assertThat(f.impact()).contains("open");
            assertThat(f.documentLines()).isNotEmpty();
            assertThat(f.snippet())
                    .contains("target: \"$.components.schemas.PaymentRequestState.enum[?(@ == 'Refunded')]\"")
                    .contains("remove: true");
        });
    }

    @Test
    void aCrossPropertyRuleThePagesNowStateIsOneBreakingConstraintChangeOfTheRequest() throws Exception {
        List<DriftFinding> findings = drift(p -> at(p, SCHEMAS + "PaymentRequestFilterParameters/allOf/1")
                .putArray("x-mews-at-least-one-of")
                .add("PaymentRequestIds")
                .add("AccountIds"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.CONSTRAINT);
            assertThat(f.element()).contains("PaymentRequestFilterParameters");
            assertThat(f.breaking())
                    .as("requests sending neither are now rejected")
                    .isTrue();
        });
    }

    @Test
    void aCrossPropertyRuleThePagesDroppedIsANonBreakingConstraintChange() throws Exception {
        JsonNode spec = OpenApiFiles.read(CheckoutLayout.spec());
        ObjectNode withRule = spec.deepCopy();
        at(withRule, SCHEMAS + "PaymentRequestFilterParameters/allOf/1")
                .putArray("x-mews-at-most-one-of")
                .add("PaymentRequestIds")
                .add("AccountIds");
        ObjectNode pages = spec.deepCopy();
        List<DriftFinding> findings = new DriftAnalyzer(
                        withRule, pages, OverlayApplier.apply(pages, Decisions.none()), p -> List.of("page.md:1"), null)
                .findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.CONSTRAINT);
            assertThat(f.breaking()).isFalse();
        });
    }

    @Test
    void becomingOptionalAndNullableInAResponseIsOneBreakingPresenceFinding() throws Exception {
        List<DriftFinding> findings = drift(p -> {
            ArrayNode required = (ArrayNode) p.at(SCHEMAS + "Preauthorization/required");
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).asText().equals("IsActive")) {
                    required.remove(i);
                }
            }
            at(p, SCHEMAS + "Preauthorization/properties/IsActive").put("nullable", true);
        });

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.PRESENCE);
            assertThat(f.element()).isEqualTo("Preauthorization.IsActive");
            assertThat(f.pages()).isEqualTo("optional, nullable: true");
            assertThat(f.spec()).isEqualTo("required, not nullable");
            assertThat(f.breaking()).isTrue();
            assertThat(f.snippet())
                    .contains("target: $.components.schemas.Preauthorization.required")
                    .contains("update: IsActive")
                    .contains("target: $.components.schemas.Preauthorization.properties.IsActive.nullable");
        });
    }

    @Test
    void aTighterLimitOnARequestBreaksAndALooserOneDoesNot() throws Exception {
        String description = SCHEMAS + "PaymentRequestParameters/properties/Description";

        DriftFinding tighter =
                drift(p -> at(p, description).put("maxLength", 500)).get(0);
        DriftFinding looser =
                drift(p -> at(p, description).put("maxLength", 2000)).get(0);

        assertThat(tighter.kind()).isEqualTo(DriftKind.CONSTRAINT);
        assertThat(tighter.pages()).isEqualTo("maxLength: 500");
        assertThat(tighter.breaking()).isTrue();
        assertThat(tighter.snippet()).contains("maxLength: 1000");
        assertThat(looser.breaking()).isFalse();
    }

    @Test
    void aNewPropertyIsOneFindingAndItsAttributesArePartOfIt() throws Exception {
        List<DriftFinding> findings = drift(p -> at(p, SCHEMAS + "Preauthorization/properties")
                .putObject("Origin")
                .put("type", "string")
                .put("nullable", true)
                .put("maxLength", 20));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.NEW_PROPERTY);
            assertThat(f.element()).isEqualTo("Preauthorization.Origin");
            assertThat(f.breaking()).isFalse();
            assertThat(f.snippet()).contains("Origin:").contains("maxLength: 20");
        });
    }

    @Test
    void aRemovedPropertyOfARequestCompositionIsFoundThroughItsAllOf() throws Exception {
        List<DriftFinding> findings = drift(p -> at(p, SCHEMAS + "PaymentRequestFilterParameters/allOf/1/properties")
                .remove("AccountIds"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.REMOVED_PROPERTY);
            assertThat(f.element()).isEqualTo("PaymentRequestFilterParameters.AccountIds");
            assertThat(f.breaking()).isTrue();
            assertThat(f.snippet())
                    .contains("target: \"$.components.schemas.PaymentRequestFilterParameters.allOf[1].properties\"");
        });
    }

    @Test
    void pastingTheSuggestedDecisionsIntoTheOverlayAbsorbsEachFinding() throws Exception {
        JsonNode spec = OpenApiFiles.read(CheckoutLayout.spec());
        ObjectNode pages = spec.deepCopy();
        ((ArrayNode) pages.at(SCHEMAS + "PaymentRequestState/enum")).add("Refunded");
        at(pages, SCHEMAS + "PaymentRequestParameters/properties/Description").put("maxLength", 500);
        at(pages, SCHEMAS + "PaymentRequestFilterParameters/allOf/1/properties").remove("AccountIds");
        ArrayNode required = (ArrayNode) pages.at(SCHEMAS + "Preauthorization/required");
        required.remove(required.size() - 1);
        at(pages, SCHEMAS + "Preauthorization/properties/IsActive").put("nullable", true);
        List<DriftFinding> findings = new DriftAnalyzer(
                        spec, pages, OverlayApplier.apply(pages, Decisions.none()), SourceLines.none(), null)
                .findings();
        assertThat(findings).hasSize(4);

        StringBuilder overlay = new StringBuilder("overlay: 1.0.0\ninfo: {title: t, version: 1.0.0}\nactions:\n");
        findings.forEach(f -> overlay.append(f.snippet()));
        // The person deciding writes the reason and sources the suggestion leaves to fill in.
        String decided = overlay.toString().replaceAll("<fill in:[^>]*>", "Decided in review");
        Decisions decisions = Decisions.parse("pasted", OpenApiFiles.parse("pasted", decided));
        List<DriftFinding> after = new DriftAnalyzer(
                        spec, pages, OverlayApplier.apply(pages, decisions), SourceLines.none(), null)
                .findings();

        assertThat(after).isEmpty();
    }

    @Test
    void aDecisionThatChangesNothingIsReportedStale() throws Exception {
        JsonNode spec = OpenApiFiles.read(CheckoutLayout.spec());
        Decisions decisions = Decisions.parse("d.yaml", OpenApiFiles.parse("d", """
                overlay: 1.0.0
                info: {title: t, version: 1.0.0}
                actions:
                  - target: $.components.schemas.Amount.properties.NetValue
                    update: {nullable: true}
                    description: Nullable.
                    x-element: Amount.NetValue
                    x-reason: Examples show null.
                    x-sources: ['000']
                """));

        List<DriftFinding> findings = new DriftAnalyzer(
                        spec, spec, OverlayApplier.apply(spec, decisions), SourceLines.none(), null)
                .findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.STALE_DECISION);
            assertThat(f.element()).isEqualTo("Amount.NetValue");
            assertThat(f.absorb()).contains("Remove actions[0] (Amount.NetValue)");
        });
    }
}
