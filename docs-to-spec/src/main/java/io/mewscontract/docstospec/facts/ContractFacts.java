package io.mewscontract.docstospec.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
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
    private final SortedMap<String, Fact> facts;

    private ContractFacts(SortedMap<String, Fact> facts) {
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
        // Both maps are sorted by pointer: one merge walk, each pointer compared once.
        List<FactDifference> differences = new ArrayList<>();
        Iterator<Map.Entry<String, Fact>> before = expected.facts.entrySet().iterator();
        Iterator<Map.Entry<String, Fact>> after = facts.entrySet().iterator();
        Map.Entry<String, Fact> b = before.hasNext() ? before.next() : null;
        Map.Entry<String, Fact> a = after.hasNext() ? after.next() : null;
        while (a != null || b != null) {
            int order = a == null ? 1 : b == null ? -1 : a.getKey().compareTo(b.getKey());
            Fact was = order >= 0 && b != null ? b.getValue() : null;
            Fact is = order <= 0 && a != null ? a.getValue() : null;
            String pointer = order >= 0 && b != null
                    ? b.getKey()
                    : java.util.Objects.requireNonNull(a).getKey();
            Fact any = java.util.Objects.requireNonNull(is != null ? is : was);
            if (kinds.test(any.kind())
                    && (was == null || is == null || !was.value().equals(is.value()))) {
                differences.add(new FactDifference(
                        pointer,
                        any.kind(),
                        any.element(),
                        was == null ? null : was.value(),
                        is == null ? null : is.value()));
            }
            if (order >= 0) {
                b = before.hasNext() ? before.next() : null;
            }
            if (order <= 0) {
                a = after.hasNext() ? after.next() : null;
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
