package io.mewscontract.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.Preauthorization;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {
    private static final UUID ENTERPRISE = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    @Test
    void theSameSeedGivesTheSameData_anotherSeedOtherData() {
        SyntheticData once = SyntheticData.generate(42, 200, ENTERPRISE, NOW);
        SyntheticData again = SyntheticData.generate(42, 200, ENTERPRISE, NOW);
        SyntheticData other = SyntheticData.generate(43, 200, ENTERPRISE, NOW);

        assertThat(again).isEqualTo(once);
        assertThat(other.customerIds()).doesNotContainAnyElementsOf(once.customerIds());
    }

    @Test
    void everyCustomerHasOneToThreePreauthorizationsAndAtMostTwoPaymentRequests() {
        SyntheticData data = SyntheticData.generate(7, 500, ENTERPRISE, NOW);

        assertThat(data.customerIds()).hasSize(500).doesNotHaveDuplicates();
        assertThat(data.preauthorizations())
                .extracting(Preauthorization::customerId)
                .isSubsetOf(data.customerIds());
        for (UUID customer : data.customerIds()) {
            assertThat(data.preauthorizations().stream()
                            .filter(p -> p.customerId().equals(customer))
                            .count())
                    .isBetween(1L, 3L);
            assertThat(data.paymentRequests().stream()
                            .filter(p -> p.accountId().equals(customer))
                            .count())
                    .isBetween(0L, 2L);
        }
        assertThat(data.paymentRequests()).hasSizeGreaterThan(300);
    }

    @Test
    void valuesAreWhatTheApiWouldReport() {
        SyntheticData data = SyntheticData.generate(7, 300, ENTERPRISE, NOW);

        assertThat(data.customerIds()).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(data.preauthorizations()).allSatisfy(p -> {
            BigDecimal taxes =
                    p.amount().taxValues().stream().map(t -> t.value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(p.amount().netValue().add(taxes))
                    .isEqualByComparingTo(p.amount().grossValue());
            assertThat(p.amount().grossValue().scale()).isEqualTo(2);
        });
        assertThat(data.paymentRequests())
                .isSortedAccordingTo(java.util.Comparator.comparing(PaymentRequest::createdUtc));
        assertThat(data.paymentRequests()).allSatisfy(p -> {
            assertThat(p.enterpriseId()).isEqualTo(ENTERPRISE);
            assertThat(p.createdUtc()).isBetween(NOW.minus(Duration.ofDays(30)), NOW);
            assertThat(p.updatedUtc()).isBetween(p.createdUtc(), NOW);
            assertThat(p.expirationUtc()).isAfter(p.createdUtc());
            assertThat(p.amount().grossValue()).isPositive();
        });
    }
}
