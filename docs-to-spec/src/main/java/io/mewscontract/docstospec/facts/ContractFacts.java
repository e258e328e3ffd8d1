package io.mewscontract.docstospec.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Every fact an OpenAPI document states, keyed by pointer, so two documents can be compared fact by fact.
 *
 * <p>Pointers address the <em>flattened</em> document: a schema's {@code allOf} is brought into one shape first
 * (a request schema's {@code allOf: [ConnectorRequest, {own properties}]} lists its own properties directly under
 * {@code properties}, with {@code ConnectorRequest} as the member {@code allOf/#~1components~1schemas~1...}); a
 * use-site {@code allOf: [$ref]} is a {@code $ref}; parameters are keyed {@code in:name}. So two spellings of
 * the same contract have the same facts, and a difference names one element however the document nests it.
 */
public final class ContractFacts {
    private final Map<String, Fact> facts;

    private ContractFacts(Map<String, Fact> facts) {
        this.facts = facts;
    }

    /** The facts of an OpenAPI document given as a Jackson tree (read from YAML or JSON). */
    public static ContractFacts of(JsonNode openApi) {
        return new ContractFacts(new FactCollector().collect(openApi));
    }

    /** Every fact in pointer order. */
    public Collection<Fact> all() {
        return facts.values();
    }

    public Optional<Fact> get(String pointer) {
        return Optional.ofNullable(facts.get(pointer));
    }

    /** The facts of one kind, in pointer order. */
    public List<Fact> ofKind(FactKind kind) {
        return facts.values().stream().filter(f -> f.kind() == kind).toList();
    }

    /** The facts about one element (its existence and its attributes), in pointer order. */
    public List<Fact> about(String element) {
        return facts.values().stream().filter(f -> f.element().equals(element)).toList();
    }

    /** The pointers of every element of a kind. */
    public Set<String> elements(FactKind kind) {
        Set<String> elements = new TreeSet<>();
        facts.values().stream().filter(f -> f.kind() == kind).forEach(f -> elements.add(f.element()));
        return elements;
    }

    /**
     * The differences from {@code expected} to this document, for the facts whose kind {@code kinds} accepts,
     * in pointer order.
     */
    public List<FactDifference> differencesFrom(ContractFacts expected, Predicate<FactKind> kinds) {
        List<FactDifference> differences = new ArrayList<>();
        Set<String> pointers = new TreeSet<>(expected.facts.keySet());
        pointers.addAll(facts.keySet());
        for (String pointer : pointers) {
            Fact before = expected.facts.get(pointer);
            Fact after = facts.get(pointer);
            Fact any = java.util.Objects.requireNonNull(after != null ? after : before);
            if (!kinds.test(any.kind())) {
                continue;
            }
            if (before == null || after == null || !before.value().equals(after.value())) {
                differences.add(new FactDifference(
                        pointer,
                        any.kind(),
                        any.element(),
                        before == null ? null : before.value(),
                        after == null ? null : after.value()));
            }
        }
        return differences;
    }

    /** The contract differences (every kind but descriptions and metadata). */
    public List<FactDifference> contractDifferencesFrom(ContractFacts expected) {
        return differencesFrom(expected, FactKind::isContract);
    }

    public int size() {
        return facts.size();
    }
}
