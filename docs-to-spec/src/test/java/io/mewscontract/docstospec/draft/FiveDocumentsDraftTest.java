package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docstospec.decisions.Decision;
import io.mewscontract.docstospec.decisions.Decisions;
import io.mewscontract.docstospec.decisions.OverlayApplier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The draft of the five documents against the curated spec, node by node (prose aside): it agrees but for the
 * hand decisions of {@code spec/decisions.overlay.yaml}, and exactly those: each decision takes some of the
 * differences, together they take all of them. So a rule that stops producing the curated answer, or a decision a
 * rule now takes, fails this test, and the list of decisions lives once, in the overlay.
 */
class FiveDocumentsDraftTest {
    private static final Set<String> PROSE =
            Set.of("description", "summary", "example", "x-mews-evidence", "x-mews-enum-descriptions");
    private static final Path OVERLAY = CheckoutLayout.root().resolve("spec/decisions.overlay.yaml");
    private static DraftResult draft;
    private static JsonNode curated;

    @BeforeAll
    static void draftFiveDocuments() throws IOException {
        draft = Drafter.draft(List.of(CheckoutLayout.documents()));
        curated = new ObjectMapper(new YAMLFactory())
                .readTree(CheckoutLayout.spec().toFile());
    }

    @Test
    void theDraftPlusTheOverlaysDecisionsIsTheCuratedSpecProseAside() throws Exception {
        JsonNode decided =
                OverlayApplier.apply(draft.openApi(), Decisions.read(OVERLAY)).document();

        assertThat(differences(decided, curated)).isEmpty();
    }

    @Test
    void everyDifferenceOfTheBareDraftIsOneAHandDecisionOfTheOverlayTakes() throws Exception {
        Decisions decisions = Decisions.read(OVERLAY);
        List<String> bare = differences(draft.openApi(), curated);
        Set<String> explained = new TreeSet<>();
        for (Decision decision : decisions.all()) {
            JsonNode withoutIt = OverlayApplier.apply(draft.openApi(), decisions.without(decision.index()))
                    .document();
            List<String> left = differences(withoutIt, curated);
            assertThat(left).as("what %s decides", decision.label()).isNotEmpty();
            explained.addAll(left);
        }

        assertThat(bare)
                .as("the bare draft's differences from the curated spec")
                .isNotEmpty();
        assertThat(new TreeSet<>(bare)).isEqualTo(explained);
    }

    @Test
    void negativeControlADifferenceNoDecisionTakesIsCaught() throws Exception {
        ObjectNode edited = (ObjectNode) curated.deepCopy();
        ((ObjectNode) edited.at("/components/schemas/Amount/properties/Currency")).put("maxLength", 3);
        JsonNode decided =
                OverlayApplier.apply(draft.openApi(), Decisions.read(OVERLAY)).document();

        assertThat(differences(decided, edited))
                .containsExactly("curated only /components/schemas/Amount/properties/Currency/maxLength");
    }

    /** The structural differences between a draft and the curated spec, prose aside. */
    private static List<String> differences(JsonNode drafted, JsonNode spec) {
        List<String> differences = new ArrayList<>();
        for (String part : List.of(
                "/paths",
                "/components/schemas",
                "/components/responses",
                "/components/headers",
                "/components/parameters")) {
            diff(normalized(drafted.at(part)), normalized(spec.at(part)), part, differences);
        }
        return differences;
    }

    @Test
    void theFindingsAreTheDocumentsRealDefects() {
        assertThat(draft.findings())
                .extracting(f -> f.code() + " " + f.source())
                .containsExactlyInAnyOrder(
                        "unknown-type 000_11c3e48c9101e98a.txt:220",
                        "unknown-type 000_11c3e48c9101e98a.txt:221",
                        // The exports' ends do not name as many types as rows lost their type cell: not paired.
                        "lost-type-cells 000_11c3e48c9101e98a.txt:231",
                        "lost-type-cells 002_206aac266ab54868.txt:102",
                        "lost-type-cells 004_fe88fa7031de54c6.txt:236",
                        "self-contradiction 004_fe88fa7031de54c6.txt:218");
    }

    @Test
    void evidenceCitesTheDocumentsThatDecide() {
        List<Evidence> breakdown = draft.evidenceFor("/components/schemas/Amount/properties/Breakdown");
        assertThat(breakdown).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo(DraftRules.REQUIRED_UNLESS_EXAMPLE_OMITS);
            assertThat(e.decision()).startsWith("optional");
            assertThat(e.sources()).extracting(s -> s.document()).contains("000_11c3e48c9101e98a.txt");
        });
        List<Evidence> creditCard = draft.evidenceFor("/components/schemas/Preauthorization/properties/CreditCardId");
        assertThat(creditCard).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo(DraftRules.NULLABLE_WHEN_NULL_SEEN);
            assertThat(e.sources()).extracting(s -> s.document()).containsExactly("001_357229e95827de25.txt");
        });
    }

    /** Prose removed, {@code required} as a sorted set. */
    private static JsonNode normalized(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(PROSE);
            if (object.get("required") instanceof ArrayNode required) {
                TreeSet<String> sorted = new TreeSet<>();
                required.forEach(r -> sorted.add(r.asText()));
                required.removeAll();
                sorted.forEach(required::add);
            }
            object.forEach(FiveDocumentsDraftTest::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(FiveDocumentsDraftTest::strip);
        }
    }

    private static void diff(JsonNode draft, JsonNode curated, String pointer, List<String> out) {
        if (draft instanceof ObjectNode d && curated instanceof ObjectNode c) {
            Set<String> keys = new TreeSet<>();
            d.fieldNames().forEachRemaining(keys::add);
            c.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!c.has(key)) {
                    out.add("draft only " + at);
                } else if (!d.has(key)) {
                    out.add("curated only " + at);
                } else {
                    diff(d.get(key), c.get(key), at, out);
                }
            }
        } else if (draft instanceof ArrayNode d
                && curated instanceof ArrayNode c
                && d.size() == c.size()
                && d.size() > 0
                && d.get(0).isObject()) {
            Iterator<JsonNode> ci = c.iterator();
            int i = 0;
            for (JsonNode item : d) {
                diff(item, ci.next(), pointer + "/" + i++, out);
            }
        } else if (!draft.equals(curated)) {
            out.add(pointer);
        }
    }
}
