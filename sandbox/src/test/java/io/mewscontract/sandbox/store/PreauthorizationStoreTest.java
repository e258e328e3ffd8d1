package io.mewscontract.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.sandbox.seed.DocumentedPreauthorizations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PreauthorizationStoreTest {
    private final PreauthorizationStore store = new PreauthorizationStore(DocumentedPreauthorizations.read());
    private final List<UUID> customers = store.customerIds();

    @Test
    void aCustomerListedTwiceCountsOnceInTheOrderFirstListed() {
        assertThat(customers).hasSizeGreaterThanOrEqualTo(2);
        UUID first = customers.get(0);
        UUID second = customers.get(1);
        List<Preauthorization> expected = new ArrayList<>(store.byCustomers(List.of(second)));
        expected.addAll(store.byCustomers(List.of(first)));
        assertThat(store.byCustomers(List.of(second, first, second))).isEqualTo(expected);
    }

    @Test
    void manyIdsWithRepeatsCountEachCustomerOnce() {
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(UUID.randomUUID());
            many.addAll(customers);
        }
        Collections.reverse(many);
        List<UUID> reversed = new ArrayList<>(customers);
        Collections.reverse(reversed);
        assertThat(store.byCustomers(many))
                .isEqualTo(store.byCustomers(reversed))
                .hasSize(store.size());
    }
}
