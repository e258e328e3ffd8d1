package io.mewscontract.connector.client.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The floor of {@link ModelBenchmark}: the payment-request page as an engineer would write it by hand with nothing
 * but Jackson: plain records, Java enums (closed: an unknown value fails), no unknown-property map, no copies, no
 * checks, and a plain {@link ObjectMapper} with the Java time module. It writes the same JSON as the generated
 * records ({@code null} optional values left out, required nullable ones written), so both do the same work.
 */
final class PlainPaymentRequests {
    private PlainPaymentRequests() {}

    /** A plain mapper: Jackson's defaults plus ISO 8601 date-times. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    record Page(
            @JsonProperty("PaymentRequests") List<PaymentRequest> paymentRequests,
            @JsonProperty("Cursor") @Nullable String cursor) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaymentRequest(
            @JsonProperty("Id") UUID id,
            @JsonProperty("EnterpriseId") @Nullable UUID enterpriseId,
            @JsonProperty("AccountId") UUID accountId,
            @JsonProperty("ReservationId") @Nullable UUID reservationId,
            @JsonProperty("ReservationGroupId") @Nullable UUID reservationGroupId,
            @JsonProperty("CreatedUtc") Instant createdUtc,
            @JsonProperty("UpdatedUtc") Instant updatedUtc,
            @JsonProperty("State") State state,
            @JsonProperty("Amount") Amount amount,
            @JsonProperty("Type") Type type,
            @JsonProperty("Reason") Reason reason,
            @JsonProperty("ExpirationUtc") Instant expirationUtc,
            @JsonProperty("Description") String description,
            @JsonProperty("Notes") @Nullable String notes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Amount(
            @JsonProperty("Currency") String currency,

            @JsonProperty("NetValue") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            BigDecimal netValue,

            @JsonProperty("GrossValue") BigDecimal grossValue,
            @JsonProperty("TaxValues") List<TaxValue> taxValues,
            @JsonProperty("Breakdown") @Nullable Breakdown breakdown) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaxValue(
            @JsonProperty("Code") @Nullable String code,
            @JsonProperty("Value") BigDecimal value) {}

    record Breakdown(@JsonProperty("Items") List<BreakdownItem> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BreakdownItem(
            @JsonProperty("TaxRateCode") @Nullable String taxRateCode,
            @JsonProperty("NetValue") BigDecimal netValue,
            @JsonProperty("TaxValue") BigDecimal taxValue) {}

    enum State {
        Pending,
        Completed,
        Canceled,
        Expired
    }

    enum Type {
        Payment,
        Preauthorization
    }

    enum Reason {
        PaymentCardMissing,
        PaymentCardDeclined,
        Prepayment,
        Fee,
        Other
    }
}
