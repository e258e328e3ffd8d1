package io.mewscontract.sandbox.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.model.PreauthorizationResult;
import io.mewscontract.connector.model.PreauthorizationState;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.http.RecordedExchange;
import io.mewscontract.sandbox.testing.Clients;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code preauthorizations/getAllByCustomers} through the generated client, over HTTP. */
class PreauthorizationsEndToEndTest {
    private static final int SYNTHETIC_CUSTOMERS = 2_500;

    // Ids as the documents print them: the older documents' customer, and the newest document's two.
    private static final UUID OLDER_DOCS_CUSTOMER = UUID.fromString("20725048-b6ec-40f0-9d0a-7e5273d8b861");
    private static final UUID NEWEST_DOC_FIRST_CUSTOMER = UUID.fromString("fadd5bb6-b428-45d5-94f8-fd0d89fece6d");
    private static final UUID NEWEST_DOC_SECOND_CUSTOMER = UUID.fromString("bccdafd1-3e44-439d-861f-341526b597a9");
    private static final UUID FIRST_PREAUTHORIZATION = UUID.fromString("2d93962f-067f-45a6-b7c4-bc4b9d899456");
    private static final UUID SECOND_PREAUTHORIZATION = UUID.fromString("ad44411a-1efc-46b6-b903-ec5fa7842000");

    private static final SpecCheckedTraffic traffic = new SpecCheckedTraffic();
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.builder()
                .seedCustomers(SYNTHETIC_CUSTOMERS)
                .randomSeed(7)
                .noRateLimit()
                .exchangeObserver(traffic)
                .start();
    }

    @AfterAll
    static void stopAndCheckTraffic() {
        sandbox.close();
        assertThat(traffic.responsesChecked()).isPositive();
        assertThat(traffic.violations()).as("exchanges that break the spec").isEmpty();
    }

    @Test
    void theNewestDocumentsCustomersGetWhatItShows() {
        PreauthorizationResult result = Clients.client(sandbox)
                .preauthorizations()
                .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                        .customerIds(List.of(NEWEST_DOC_FIRST_CUSTOMER, NEWEST_DOC_SECOND_CUSTOMER))
                        .build());

        assertThat(result.preauthorizations()).hasSize(2);
        Preauthorization first = result.preauthorizations().get(0);
        assertThat(first.id()).isEqualTo(FIRST_PREAUTHORIZATION);
        assertThat(first.customerId()).isEqualTo(NEWEST_DOC_FIRST_CUSTOMER);
        assertThat(first.creditCardId()).isEqualTo(UUID.fromString("e417dfe8-c813-4938-837b-36081199ce88"));
        assertThat(first.amount().netValue()).isEqualByComparingTo("8.4");
        assertThat(first.amount().grossValue()).isEqualByComparingTo("10");
        assertThat(first.amount().taxValues()).singleElement().satisfies(tax -> {
            assertThat(tax.code()).isEqualTo("VAT");
            assertThat(tax.value()).isEqualByComparingTo("1.6");
        });
        assertThat(first.state()).isEqualTo(PreauthorizationState.CANCELLED);
        assertThat(first.isActive()).isFalse();

        Preauthorization second = result.preauthorizations().get(1);
        assertThat(second.id()).isEqualTo(SECOND_PREAUTHORIZATION);
        assertThat(second.customerId()).isEqualTo(NEWEST_DOC_SECOND_CUSTOMER);
        assertThat(second.amount().netValue()).isEqualTo(new BigDecimal("18.49"));
        assertThat(second.code()).isEqualTo("PAY-2024-001");
        assertThat(second.reservationId()).isEqualTo(UUID.fromString("0f515589-99b4-423d-b83a-b237009f0509"));
        assertThat(second.state()).isEqualTo(PreauthorizationState.CHARGED);
        assertThat(second.isActive()).isTrue();
    }

    @Test
    void theOlderDocumentsCustomerGetsItsTwoPreauthorizationsWithoutTheUndeclaredProperties() {
        PreauthorizationResult result = Clients.client(sandbox)
                .preauthorizations()
                .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                        .customerIds(List.of(OLDER_DOCS_CUSTOMER))
                        .build());

        assertThat(result.preauthorizations())
                .extracting(Preauthorization::id)
                .containsExactly(FIRST_PREAUTHORIZATION, SECOND_PREAUTHORIZATION);
        assertThat(result.preauthorizations())
                .extracting(p -> p.amount().grossValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("22"));
        assertThat(result.preauthorizations())
                .extracting(p -> p.amount().netValue())
                .containsOnlyNulls();
        // ReceiptIdentifier and SequenceCode are in the older examples but not in the spec.
        assertThat(result.preauthorizations())
                .allSatisfy(p -> assertThat(p.additionalProperties()).isEmpty());
    }

    @Test
    void aCustomerWithoutPreauthorizationsHasNone_alsoAsNoContent() {
        var unknown = PreauthorizationsByCustomersParameters.builder()
                .customerIds(List.of(UUID.randomUUID()))
                .build();

        assertThat(Clients.client(sandbox)
                        .preauthorizations()
                        .getAllByCustomers(unknown)
                        .preauthorizations())
                .isEmpty();
        List<String> requestIds = new java.util.concurrent.CopyOnWriteArrayList<>();
        PreauthorizationResult minimal = Clients.builder(sandbox)
                .preferMinimal(true)
                .listener(requestIds(requestIds))
                .build()
                .preauthorizations()
                .getAllByCustomers(unknown);
        assertThat(minimal.preauthorizations()).isEmpty();
        RecordedExchange exchange = traffic.awaitExchange(requestIds.get(0));
        assertThat(exchange.status()).isEqualTo(204);
        assertThat(exchange.responseBody()).isEmpty();
    }

    @Test
    void moreThan1000CustomersGoOutInBatchesOfAtMost1000AndComeBackInInputOrder() throws IOException {
        List<UUID> customers = new ArrayList<>(sandbox.syntheticCustomerIds());
        Collections.reverse(customers); // not the order the sandbox stores them in
        assertThat(customers).hasSize(SYNTHETIC_CUSTOMERS);
        List<Integer> batchSizes = new ArrayList<>();
        List<String> requestIds = new java.util.concurrent.CopyOnWriteArrayList<>();
        MewsConnectorClient client =
                Clients.builder(sandbox).listener(requestIds(requestIds)).build();

        PreauthorizationResult result = client.preauthorizations()
                .getAllByCustomers(PreauthorizationsByCustomersParameters.builder()
                        .customerIds(customers)
                        .build());

        ObjectMapper json = new ObjectMapper();
        for (String requestId : requestIds) {
            JsonNode body = json.readTree(traffic.awaitExchange(requestId).requestBody());
            batchSizes.add(body.get("CustomerIds").size());
        }
        assertThat(batchSizes).containsExactly(1000, 1000, 500);
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            position.put(customers.get(i), i);
        }
        List<Integer> positions = result.preauthorizations().stream()
                .map(p -> position.get(p.customerId()))
                .toList();
        assertThat(positions).doesNotContainNull().isSorted();
        assertThat(positions.stream().distinct().count()).isEqualTo(SYNTHETIC_CUSTOMERS); // each has at least one
        assertThat(result.preauthorizations()).extracting(Preauthorization::id).doesNotHaveDuplicates();
    }

    /** Collects the Request-Id of every response the client receives. */
    private static io.mewscontract.connector.client.http.CallListener requestIds(List<String> into) {
        return new io.mewscontract.connector.client.http.CallListener() {
            @Override
            public void onResponse(io.mewscontract.connector.client.http.ResponseMetadata response) {
                into.add(response.requestId());
            }
        };
    }
}
