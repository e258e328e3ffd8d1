package io.mewscontract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docstospec.decisions.DecisionOutcome;
import io.mewscontract.docstospec.decisions.Decisions;
import io.mewscontract.docstospec.decisions.OverlayApplier;
import io.mewscontract.docstospec.draft.DraftOptions;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.DraftRules;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.facts.ContractFacts;
import io.mewscontract.docstospec.facts.FactDifference;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The curated spec is reproducible: drafting the five documents by the rules and applying the recorded decisions
 * gives {@code spec/mews-connector-api.yaml} in every contract fact, and every decision still decides something.
 */
class ReproducibilityTest {
    static final Path DECISIONS = CheckoutLayout.root().resolve("spec/decisions.overlay.yaml");

    static List<FactDifference> differences(DraftOptions options) throws Exception {
        JsonNode spec = OpenApiFiles.read(CheckoutLayout.spec());
        DraftResult draft = Drafter.draft(List.of(CheckoutLayout.documents()), options);
        OverlayApplier.Application decided = OverlayApplier.apply(draft.openApi(), Decisions.read(DECISIONS));
        return ContractFacts.of(decided.document()).contractDifferencesFrom(ContractFacts.of(spec));
    }

    @Test
    void theDraftOfTheFiveDocumentsPlusTheDecisionsIsTheCuratedSpecInEveryContractFact() throws Exception {
        assertThat(differences(DraftOptions.DEFAULT))
                .extracting(FactDifference::toString)
                .isEmpty();
    }

    @Test
    void everyDecisionStillDecidesSomething() throws Exception {
        DraftResult draft = Drafter.draft(List.of(CheckoutLayout.documents()));
        OverlayApplier.Application decided = OverlayApplier.apply(draft.openApi(), Decisions.read(DECISIONS));

        assertThat(decided.outcomes()).isNotEmpty();
        assertThat(decided.outcomes())
                .filteredOn(o -> o.status() != DecisionOutcome.Status.APPLIED)
                .extracting(o -> o.decision().label() + ": " + o.status() + " " + o.detail())
                .isEmpty();
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(
            strings = {
                DraftRules.NULLABLE_WHEN_NULL_SEEN,
                DraftRules.REQUIRED_UNLESS_EXAMPLE_OMITS,
                DraftRules.OPEN_ENUMS,
                DraftRules.MONEY_IS_DECIMAL,
                DraftRules.OPTIONAL_IS_NULLABLE,
                DraftRules.COMMON_REQUEST_FIELDS
            })
    void negativeControlARuleSwitchedOffBreaksReproducibility(String rule) throws Exception {
        assertThat(differences(DraftOptions.DEFAULT.without(rule))).isNotEmpty();
    }
}
