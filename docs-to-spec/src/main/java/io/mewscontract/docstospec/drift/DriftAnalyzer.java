package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docstospec.decisions.DecisionOutcome;
import io.mewscontract.docstospec.decisions.OverlayApplier;
import io.mewscontract.docstospec.facts.ContractFacts;
import io.mewscontract.docstospec.facts.FactDifference;
import io.mewscontract.docstospec.facts.FactKind;
import io.mewscontract.docstospec.facts.Pointers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares what the pages say (their draft with the decisions applied) with the curated spec, fact by fact, and
 * turns the differences into findings a person can act on: one per new or removed element (its attributes are
 * part of it), one per changed aspect of an element, one per new or removed enum value, one per stale decision.
 * A presence change that the rules pair with a nullability change (optional, hence nullable) is one finding.
 */
public final class DriftAnalyzer {
    private final OverlayApplier.Application decided;
    private final SourceLines lines;
    private final @Nullable JsonNode baselineDraft;
    private final @Nullable JsonNode draft;
    private final JsonNode spec;
    private final ContractFacts specFacts;
    private final ContractFacts pagesFacts;
    private final @Nullable ContractFacts draftFacts;
    private final @Nullable ContractFacts baselineFacts;
    // Only needed to describe a finding: computed for the first one, never in a run without drift.
    private @Nullable Usage usage;
    private @Nullable Absorption absorption;

    /**
     * @param spec the curated spec
     * @param draft the pages' draft before decisions, or {@code null} when description-only changes are not wanted
     * @param decided the pages' draft with the decisions applied, and each decision's outcome
     * @param lines the page lines behind an element of the draft
     * @param baselineDraft the draft of the pages the spec was last reconciled with, for description-only changes;
     *     {@code null} to skip them
     */
    public DriftAnalyzer(
            JsonNode spec,
            @Nullable JsonNode draft,
            OverlayApplier.Application decided,
            SourceLines lines,
            @Nullable JsonNode baselineDraft) {
        this(
                spec,
                draft,
                decided,
                lines,
                baselineDraft,
                new Facts(
                        ContractFacts.of(spec),
                        ContractFacts.of(decided.document()),
                        draft == null || baselineDraft == null ? null : ContractFacts.of(draft),
                        baselineDraft == null ? null : ContractFacts.of(baselineDraft)));
    }

    /**
     * The same, with the documents' facts already collected (a drift run collects them while it drafts).
     *
     * @param facts the facts of {@code spec}, of {@code decided}'s document and, for description-only changes, of
     *     {@code draft} and {@code baselineDraft}
     */
    public DriftAnalyzer(
            JsonNode spec,
            @Nullable JsonNode draft,
            OverlayApplier.Application decided,
            SourceLines lines,
            @Nullable JsonNode baselineDraft,
            Facts facts) {
        this.spec = spec;
        this.draft = draft;
        this.decided = decided;
        this.lines = lines;
        this.baselineDraft = baselineDraft;
        this.specFacts = facts.spec();
        this.pagesFacts = facts.decided();
        this.draftFacts = facts.draft();
        this.baselineFacts = facts.baseline();
    }

    /**
     * The contract facts a comparison needs.
     *
     * @param spec the curated spec's
     * @param decided the pages' draft's with the decisions applied
     * @param draft the pages' draft's before decisions, for description-only changes (else {@code null})
     * @param baseline the baseline draft's, for description-only changes (else {@code null})
     */
    public record Facts(
            ContractFacts spec,
            ContractFacts decided,
            @Nullable ContractFacts draft,
            @Nullable ContractFacts baseline) {}

    private Usage usage() {
        Usage known = usage;
        if (known == null) {
            known = new Usage(spec, decided.document());
            usage = known;
        }
        return known;
    }

    private Absorption absorption() {
        Absorption known = absorption;
        if (known == null) {
            known = new Absorption(spec, decided.document());
            absorption = known;
        }
        return known;
    }

    /** The findings, ordered by kind and then by element. */
    public List<DriftFinding> findings() {
        List<DriftFinding> findings = new ArrayList<>();
        List<FactDifference> differences = pagesFacts.contractDifferencesFrom(specFacts);
        Set<String> changedElements = new TreeSet<>();
        for (FactDifference d : differences) {
            if (d.kind().isElement() && d.pointer().equals(d.element()) && !within(d.element(), changedElements)) {
                changedElements.add(d.element());
                findings.add(elementFinding(d));
            }
        }
        Map<String, List<FactDifference>> groups = new LinkedHashMap<>();
        for (FactDifference d : differences) {
            if (d.kind().isElement() && d.pointer().equals(d.element()) || within(d.element(), changedElements)) {
                continue;
            }
            DriftKind kind = kindOf(d);
            String key = kind == DriftKind.NEW_ENUM_VALUE || kind == DriftKind.REMOVED_ENUM_VALUE
                    ? d.pointer()
                    : d.element() + " " + kind;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        foldNullabilityIntoPresence(groups);
        groups.values().forEach(group -> findings.add(attributeFinding(group)));
        if (baselineDraft != null && draft != null) {
            Set<String> withFindings = new TreeSet<>(changedElements);
            groups.values().forEach(group -> withFindings.add(group.get(0).element()));
            findings.addAll(descriptionFindings(changedElements, withFindings));
        }
        for (DecisionOutcome outcome : decided.problems()) {
            findings.add(staleFinding(outcome));
        }
        findings.sort(Comparator.comparing(DriftFinding::kind).thenComparing(DriftFinding::pointer));
        return findings;
    }

    private static boolean within(String element, Set<String> elements) {
        for (String e : elements) {
            if (element.equals(e) || element.startsWith(e + "/")) {
                return true;
            }
        }
        return false;
    }

    private static DriftKind kindOf(FactDifference d) {
        return switch (d.kind()) {
            case REQUIRED -> DriftKind.PRESENCE;
            case NULLABLE -> DriftKind.NULLABILITY;
            case TYPE, FORMAT, REFERENCE -> DriftKind.TYPE_OR_FORMAT;
            case CONSTRAINT -> DriftKind.CONSTRAINT;
            case ENUM_VALUE -> d.added() ? DriftKind.NEW_ENUM_VALUE : DriftKind.REMOVED_ENUM_VALUE;
            case DEPRECATION -> DriftKind.DEPRECATION;
            case EXTENSION ->
                isConstraintExtension(d.pointer())
                        ? DriftKind.CONSTRAINT
                        : d.pointer().endsWith("/x-mews-replaced-by")
                                        || d.pointer().endsWith("/x-mews-deprecation")
                                ? DriftKind.DEPRECATION
                                : DriftKind.EXTENSION;
            default -> DriftKind.OTHER;
        };
    }

    /**
     * The extensions that constrain values: an interval's maximum length, and the cross-property rules (at least
     * one of, at most one of, required together), which validators check like any other constraint.
     */
    private static boolean isConstraintExtension(String pointer) {
        return pointer.endsWith("/x-mews-max-interval")
                || pointer.endsWith("/x-mews-at-least-one-of")
                || pointer.endsWith("/x-mews-at-most-one-of")
                || pointer.endsWith("/x-mews-required-together");
    }

    /** Rule 3 makes every optional property nullable: becoming optional and nullable together is one change. */
    private static void foldNullabilityIntoPresence(Map<String, List<FactDifference>> groups) {
        for (String key : List.copyOf(groups.keySet())) {
            if (!key.endsWith(" " + DriftKind.NULLABILITY)) {
                continue;
            }
            String element =
                    key.substring(0, key.length() - DriftKind.NULLABILITY.name().length() - 1);
            List<FactDifference> presence = groups.get(element + " " + DriftKind.PRESENCE);
            if (presence != null) {
                presence.addAll(groups.remove(key));
            }
        }
    }

    private DriftFinding elementFinding(FactDifference d) {
        boolean added = d.added();
        DriftKind kind = switch (d.kind()) {
            case OPERATION -> added ? DriftKind.NEW_OPERATION : DriftKind.REMOVED_OPERATION;
            case SCHEMA -> added ? DriftKind.NEW_SCHEMA : DriftKind.REMOVED_SCHEMA;
            case PROPERTY -> added ? DriftKind.NEW_PROPERTY : DriftKind.REMOVED_PROPERTY;
            default -> DriftKind.OTHER;
        };
        String element = Pointers.displayName(d.element());
        Impact impact = Impacts.of(
                kind,
                List.of(d),
                side(d.element()),
                required(specFacts, d.element()),
                required(pagesFacts, d.element()));
        List<String> where = lines.forFlattened(decided.document(), d.element());
        Absorption.Advice advice = absorption().forElement(kind, d, where);
        return new DriftFinding(
                kind,
                element,
                d.element(),
                where,
                added ? "describes " + element : "no longer describe " + element,
                added ? "has no " + element : "has " + element,
                impact.breaking(),
                impact.reason(),
                advice.text(),
                advice.snippet());
    }

    private DriftFinding attributeFinding(List<FactDifference> group) {
        FactDifference first = group.get(0);
        DriftKind kind = kindOf(first);
        String element = Pointers.displayName(first.element());
        Impact impact = Impacts.of(
                kind,
                group,
                side(first.element()),
                required(specFacts, first.element()),
                required(pagesFacts, first.element()));
        List<String> where = lines.forFlattened(decided.document(), first.element());
        Absorption.Advice advice = absorption().forAttributes(kind, group, where);
        return new DriftFinding(
                kind,
                element,
                first.element(),
                where,
                Describe.values(group, false),
                Describe.values(group, true),
                impact.breaking(),
                impact.reason(),
                advice.text(),
                advice.snippet());
    }

    /** Description changes of elements with no other finding (a new enum value's description is part of it). */
    private List<DriftFinding> descriptionFindings(Set<String> changedElements, Set<String> withFindings) {
        List<DriftFinding> findings = new ArrayList<>();
        // Called only with a baseline, and a baseline is only read beside the pages' draft.
        JsonNode draft = java.util.Objects.requireNonNull(this.draft);
        ContractFacts before = baselineFacts != null
                ? baselineFacts
                : ContractFacts.of(java.util.Objects.requireNonNull(baselineDraft));
        ContractFacts after = draftFacts != null ? draftFacts : ContractFacts.of(draft);
        Map<String, List<FactDifference>> byElement = new LinkedHashMap<>();
        for (FactDifference d : after.differencesFrom(before, k -> k == FactKind.DESCRIPTION)) {
            if (!within(d.element(), changedElements)
                    && !withFindings.contains(d.element())
                    && !Describe.sameText(d.expected(), d.actual())) {
                byElement.computeIfAbsent(d.element(), k -> new ArrayList<>()).add(d);
            }
        }
        byElement.forEach((element, group) -> findings.add(new DriftFinding(
                DriftKind.DESCRIPTION_ONLY,
                Pointers.displayName(element),
                element,
                lines.forFlattened(draft, element),
                Describe.values(group, false),
                Describe.values(group, true),
                false,
                "Documentation only: no type, presence or value changes, so no client code can break.",
                "Update the description in the spec if the new wording helps readers; nothing else to decide.",
                "")));
        return findings;
    }

    private DriftFinding staleFinding(DecisionOutcome outcome) {
        var decision = outcome.decision();
        String what = switch (outcome.status()) {
            case STALE_NO_CHANGE -> "the pages now say what the decision sets";
            case STALE_TARGET_GONE -> "the pages no longer describe the element the decision targets";
            default -> "the decision cannot be applied: " + outcome.detail();
        };
        String absorb = outcome.status() == DecisionOutcome.Status.STALE_NO_CHANGE
                ? "Remove " + decision.label() + " from " + "the overlay: the rules now produce what it decided."
                : "Retarget or remove " + decision.label() + " in the overlay (target `" + decision.target() + "`).";
        return new DriftFinding(
                DriftKind.STALE_DECISION,
                decision.element(),
                decision.target(),
                List.of(),
                what,
                "decided: " + decision.decision(),
                false,
                "The spec is unchanged; only the record of decisions is out of date.",
                absorb,
                "");
    }

    /** Whether a property (by its flattened pointer) is required in a document. */
    private static boolean required(ContractFacts facts, String element) {
        int at = element.lastIndexOf("/properties/");
        return at >= 0
                && facts.get(element.substring(0, at) + "/required/" + element.substring(at + "/properties/".length()))
                        .isPresent();
    }

    /** Whether clients send or receive the element's schema. */
    private Side side(String element) {
        List<String> tokens = Pointers.tokens(element);
        if (tokens.size() < 3
                || !tokens.get(0).equals("components")
                || !tokens.get(1).equals("schemas")) {
            return Side.OPERATION;
        }
        String schema = tokens.get(2);
        boolean sent = usage().sent(schema);
        boolean received = usage().received(schema);
        return sent && received ? Side.BOTH : sent ? Side.REQUEST : received ? Side.RESPONSE : Side.UNUSED;
    }

    /** Where an element travels. */
    enum Side {
        REQUEST,
        RESPONSE,
        BOTH,
        OPERATION,
        UNUSED;

        boolean sent() {
            return this == REQUEST || this == BOTH;
        }

        boolean received() {
            return this == RESPONSE || this == BOTH;
        }
    }

    /** Whether a change can break client code, and why. */
    record Impact(boolean breaking, String reason) {}
}
