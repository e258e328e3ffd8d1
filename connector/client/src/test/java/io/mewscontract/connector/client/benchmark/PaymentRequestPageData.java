package io.mewscontract.connector.client.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The data of {@link ModelBenchmark}: a {@code paymentRequests/getAll} response page grown from the one item of the
 * documented example (spec/docs, "Response" of Get all payment requests) to any size, deterministically (a seeded
 * {@link Random}): every state, type and reason the spec lists, nullable values both {@code null} and set, optional
 * ones absent and present, tax values and breakdowns of zero to two items, amounts with two decimals.
 *
 * <p>{@link #sameData} is the semantic JSON equality that proves each variant read the whole page: numbers by value,
 * {@code date-time} strings by instant, an absent property equal to a {@code null} one.
 */
final class PaymentRequestPageData {
    private static final String[] STATES = {"Pending", "Completed", "Canceled", "Expired"};
    private static final String[] TYPES = {"Payment", "Preauthorization"};
    private static final String[] REASONS = {"PaymentCardMissing", "PaymentCardDeclined", "Prepayment", "Fee", "Other"};
    private static final String[] CURRENCIES = {"EUR", "USD", "CZK", "GBP"};
    private static final Instant EXAMPLE_CREATED = Instant.parse("2023-10-01T11:48:57Z");

    private PaymentRequestPageData() {}

    /** A page of {@code size} payment requests as UTF-8 JSON, the same bytes on every call. */
    static byte[] page(int size) {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(12);
        ObjectNode page = mapper.createObjectNode();
        ArrayNode items = page.putArray("PaymentRequests");
        String lastId = null;
        for (int i = 0; i < size; i++) {
            lastId = uuid(random);
            Instant created = EXAMPLE_CREATED.plusSeconds(37L * i);
            ObjectNode item = items.addObject()
                    .put("Id", lastId)
                    .put("EnterpriseId", "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    .put("AccountId", new UUID(0x8466dfdd09644002L, 0x8719afa900d00000L + i % 50).toString());
            nullable(item, "ReservationId", i % 3 == 0 ? null : uuid(random));
            item.put("CreatedUtc", created.toString())
                    .put("UpdatedUtc", created.plusSeconds(3600L * (i % 24)).toString());
            if (i % 4 != 0) { // optional: absent, null or set
                nullable(item, "ReservationGroupId", i % 4 == 1 ? null : uuid(random));
            }
            item.put("State", STATES[i % STATES.length]);
            amount(item.putObject("Amount"), random, i);
            item.put("Type", TYPES[i % TYPES.length])
                    .put("Reason", REASONS[i % REASONS.length])
                    .put("ExpirationUtc", created.plusSeconds(7L * 86_400).toString())
                    .put("Description", "Payment required for reservation " + (10_000 + i) + ".");
            nullable(item, "Notes", i % 2 == 0 ? null : "Internal notes " + i + ".");
        }
        page.put("Cursor", lastId);
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void amount(ObjectNode amount, Random random, int i) {
        BigDecimal gross = BigDecimal.valueOf(1_000 + random.nextInt(99_000), 2);
        BigDecimal tax = BigDecimal.valueOf(random.nextInt(2_000), 2);
        amount.put("Currency", CURRENCIES[i % CURRENCIES.length]);
        if (i % 7 == 0) {
            amount.putNull("NetValue");
        } else {
            amount.put("NetValue", gross.subtract(tax));
        }
        amount.put("GrossValue", gross);
        ArrayNode taxValues = amount.putArray("TaxValues");
        for (int t = 0; t < i % 3; t++) {
            taxValues.addObject().put("Code", t == 0 ? "DE-2020-1-S" : null).put("Value", tax);
        }
        if (i % 5 == 0) {
            amount.putNull("Breakdown");
        } else {
            ArrayNode breakdown = amount.putObject("Breakdown").putArray("Items");
            for (int b = 0; b <= i % 2; b++) {
                breakdown
                        .addObject()
                        .put("TaxRateCode", b == 0 ? null : "DE-2020-1-R")
                        .put("NetValue", gross.subtract(tax))
                        .put("TaxValue", tax);
            }
        }
    }

    private static void nullable(ObjectNode item, String name, String value) {
        if (value == null) {
            item.putNull(name);
        } else {
            item.put(name, value);
        }
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /**
     * Whether two JSON trees carry the same data: numbers by value, strings that are date-times by instant, an
     * absent property equal to one whose value is {@code null}.
     */
    static boolean sameData(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            return covers(a, b) && covers(b, a);
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameData(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue()) || sameInstant(a.textValue(), b.textValue());
        }
        return a.equals(b);
    }

    private static boolean covers(JsonNode a, JsonNode b) {
        for (Map.Entry<String, JsonNode> property : a.properties()) {
            JsonNode other = b.get(property.getKey());
            boolean bothNull = property.getValue().isNull() && (other == null || other.isNull());
            if (!bothNull && (other == null || !sameData(property.getValue(), other))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return OffsetDateTime.parse(a)
                    .toInstant()
                    .equals(OffsetDateTime.parse(b).toInstant());
        } catch (DateTimeParseException notDates) {
            return false;
        }
    }
}
