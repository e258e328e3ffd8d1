package io.mewscontract.sandbox.seed;

import io.mewscontract.connector.model.Amount;
import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.connector.model.PaymentRequestType;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.connector.model.PreauthorizationState;
import io.mewscontract.connector.model.TaxBreakdown;
import io.mewscontract.connector.model.TaxBreakdownItem;
import io.mewscontract.connector.model.TaxValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * Made-up customers for load and paging tests: each has one to three preauthorizations and up to two payment
 * requests (issued to the customer's account). Deterministic: the same seed, count, enterprise and start time give
 * the same data, byte for byte; ids depend on the seed and count only.
 *
 * @param customerIds the customers, in the order generated
 * @param preauthorizations every customer's preauthorizations, customer by customer
 * @param paymentRequests the payment requests, oldest first (created over the 30 days before the start time)
 */
public record SyntheticData(
        List<UUID> customerIds, List<Preauthorization> preauthorizations, List<PaymentRequest> paymentRequests) {

    private static final BigDecimal VAT_RATE = new BigDecimal("0.21");
    private static final List<String> CURRENCIES = List.of("EUR", "EUR", "EUR", "GBP", "CZK");

    public SyntheticData {
        customerIds = List.copyOf(customerIds);
        preauthorizations = List.copyOf(preauthorizations);
        paymentRequests = List.copyOf(paymentRequests);
    }

    /** No customers. */
    public static SyntheticData none() {
        return new SyntheticData(List.of(), List.of(), List.of());
    }

    /**
     * @param seed the random seed
     * @param customers how many customers, 0 or more
     * @param enterpriseId the enterprise the payment requests belong to
     * @param now the sandbox's start time; creation times lie in the 30 days before it
     */
    public static SyntheticData generate(long seed, int customers, UUID enterpriseId, Instant now) {
        if (customers < 0) {
            throw new IllegalArgumentException(
                    "The number of synthetic customers must not be negative, is " + customers);
        }
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Random random = new Random(seed);
        List<UUID> customerIds = new ArrayList<>(customers);
        List<Preauthorization> preauthorizations = new ArrayList<>();
        List<PaymentRequest> paymentRequests = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            UUID customerId = uuid(random);
            customerIds.add(customerId);
            for (int p = 1 + random.nextInt(3); p > 0; p--) {
                preauthorizations.add(preauthorization(random, customerId));
            }
            for (int r = random.nextInt(3); r > 0; r--) {
                paymentRequests.add(paymentRequest(random, customerId, enterpriseId, now));
            }
        }
        paymentRequests.sort(Comparator.comparing(PaymentRequest::createdUtc));
        return new SyntheticData(customerIds, preauthorizations, paymentRequests);
    }

    private static Preauthorization preauthorization(Random random, UUID customerId) {
        List<PreauthorizationState> states = PreauthorizationState.knownValues();
        PreauthorizationState state = states.get(random.nextInt(states.size()));
        boolean active = state.equals(PreauthorizationState.CHARGEABLE) || state.equals(PreauthorizationState.PENDING);
        UUID creditCardId = random.nextInt(10) == 0 ? null : uuid(random);
        UUID reservationId = random.nextBoolean() ? uuid(random) : null;
        String code = random.nextInt(4) == 0 ? "PRE-" + (100000 + random.nextInt(900000)) : null;
        return Preauthorization.builder()
                .id(uuid(random))
                .customerId(customerId)
                .creditCardId(creditCardId)
                .amount(taxedAmount(random))
                .state(state)
                .reservationId(reservationId)
                .code(code)
                .isActive(active)
                .build();
    }

    private static PaymentRequest paymentRequest(Random random, UUID customerId, UUID enterpriseId, Instant now) {
        Instant created =
                now.minusSeconds(random.nextInt((int) Duration.ofDays(30).toSeconds()));
        Instant expiration = created.plus(Duration.ofDays(3 + random.nextInt(40)));
        int roll = random.nextInt(20);
        PaymentRequestState state = roll < 14
                ? PaymentRequestState.PENDING
                : roll < 17 ? PaymentRequestState.COMPLETED : PaymentRequestState.CANCELED;
        Instant updated = state.equals(PaymentRequestState.PENDING)
                ? created
                : earliest(
                        created.plusSeconds(
                                random.nextInt((int) Duration.ofDays(3).toSeconds())),
                        now);
        List<PaymentRequestType> types = PaymentRequestType.knownValues();
        List<PaymentRequestReason> reasons = PaymentRequestReason.knownValues();
        BigDecimal value = money(random, 5, 800);
        String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        return PaymentRequest.builder()
                .id(uuid(random))
                .enterpriseId(enterpriseId)
                .accountId(customerId)
                .reservationId(random.nextBoolean() ? uuid(random) : null)
                .createdUtc(created)
                .updatedUtc(updated)
                .state(state)
                .amount(Amount.builder()
                        .currency(currency)
                        .netValue(value)
                        .grossValue(value)
                        .taxValues(List.of())
                        .breakdown(TaxBreakdown.builder()
                                .items(List.of(TaxBreakdownItem.builder()
                                        .netValue(value)
                                        .taxValue(BigDecimal.ZERO)
                                        .build()))
                                .build())
                        .build())
                .type(types.get(random.nextInt(types.size())))
                .reason(reasons.get(random.nextInt(reasons.size())))
                .expirationUtc(expiration)
                .description("Synthetic payment request " + (1000 + random.nextInt(9000)))
                .notes(random.nextInt(3) == 0 ? "Test data." : null)
                .build();
    }

    /** A gross amount with 21 % VAT included, split as Mews reports it. */
    private static Amount taxedAmount(Random random) {
        BigDecimal gross = money(random, 10, 1500);
        BigDecimal net = gross.divide(BigDecimal.ONE.add(VAT_RATE), 2, RoundingMode.HALF_EVEN);
        BigDecimal tax = gross.subtract(net);
        String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        return Amount.builder()
                .currency(currency)
                .netValue(net)
                .grossValue(gross)
                .taxValues(List.of(TaxValue.builder().code("VAT").value(tax).build()))
                .breakdown(TaxBreakdown.builder()
                        .items(List.of(TaxBreakdownItem.builder()
                                .taxRateCode("VAT")
                                .netValue(net)
                                .taxValue(tax)
                                .build()))
                        .build())
                .build();
    }

    private static BigDecimal money(Random random, int minimum, int maximum) {
        return BigDecimal.valueOf(minimum * 100L + random.nextInt((maximum - minimum) * 100), 2);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A random (version 4) UUID drawn from {@code random}, so it repeats with the seed. */
    private static UUID uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(most, least);
    }
}
