package io.mewscontract.sandbox.store;

import io.mewscontract.connector.model.Preauthorization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The preauthorizations of each customer. No operation of the contract changes them, so they are fixed when the
 * sandbox starts and read without locks. Immutable and thread-safe.
 */
public final class PreauthorizationStore {
    private final Map<UUID, List<Preauthorization>> byCustomer;

    /** @param preauthorizations every preauthorization, each customer's in the order its list should have */
    public PreauthorizationStore(Collection<Preauthorization> preauthorizations) {
        Map<UUID, List<Preauthorization>> grouped = new LinkedHashMap<>();
        for (Preauthorization preauthorization : preauthorizations) {
            grouped.computeIfAbsent(preauthorization.customerId(), customer -> new ArrayList<>())
                    .add(preauthorization);
        }
        grouped.replaceAll((customer, list) -> List.copyOf(list));
        this.byCustomer = java.util.Collections.unmodifiableMap(grouped);
    }

    /**
     * The preauthorizations of the listed customers: customer by customer in the order listed (a customer listed
     * twice counts once), each customer's in stored order. A customer the sandbox does not know has none.
     */
    public List<Preauthorization> byCustomers(Collection<UUID> customerIds) {
        List<Preauthorization> result = new ArrayList<>();
        for (UUID customerId : new LinkedHashSet<>(customerIds)) {
            result.addAll(byCustomer.getOrDefault(customerId, List.of()));
        }
        return result;
    }

    /** The customers that have preauthorizations, in the order they were first seen. */
    public List<UUID> customerIds() {
        return List.copyOf(byCustomer.keySet());
    }

    /** How many preauthorizations there are in all. */
    public int size() {
        return byCustomer.values().stream().mapToInt(List::size).sum();
    }
}
