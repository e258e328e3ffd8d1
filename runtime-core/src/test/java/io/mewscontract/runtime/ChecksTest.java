package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private final ValidationContext client = new ValidationContext(ValidationMode.CLIENT);
    private final ValidationContext server = new ValidationContext(ValidationMode.SERVER);

    record Color(String value, boolean isKnown) implements OpenEnum {}

    @Test
    void lengthCountsCodePoints() {
        Checks.maxLength(client, "$.A", "😀😀", 2);
        Checks.maxLength(client, "$.B", "abc", 2);
        Checks.minLength(client, "$.C", "", 1);
        assertThat(client.violations())
                .extracting(Violation::toString)
                .containsExactly(
                        "$.B: must be at most 2 characters long (is 3)",
                        "$.C: must be at least 1 characters long (is 0)");
    }

    @Test
    void patternsMatchAnywhereUnlessAnchored() {
        Checks.pattern(client, "$.Currency", "EUR", "^[A-Z]{3}$");
        Checks.pattern(client, "$.Currency", "eur", "^[A-Z]{3}$");
        Checks.pattern(client, "$.Code", "xx-A1", "[A-Z][0-9]");
        assertThat(client.violations())
                .extracting(Violation::toString)
                .containsExactly("$.Currency: must match the pattern ^[A-Z]{3}$");
    }

    @Test
    void dollarIsTheEndOfTheInputAsInEcmaScriptNotBeforeAFinalLineBreak() {
        Checks.pattern(client, "$.Currency", "EUR\n", "^[A-Z]{3}$");
        Checks.pattern(client, "$.Literal", "a$", "^a\\$$");
        Checks.pattern(client, "$.InClass", "$", "^[$]$");
        assertThat(client.violations())
                .extracting(Violation::toString)
                .containsExactly("$.Currency: must match the pattern ^[A-Z]{3}$");
    }

    @Test
    void itemsAndRanges() {
        Checks.maxItems(client, "$.Ids", List.of(1, 2, 3), 2);
        Checks.minItems(client, "$.Ids", List.of(), 1);
        Checks.minimum(client, "$.Limitation.Count", 0, "1");
        Checks.maximum(client, "$.Limitation.Count", 1001, "1000");
        Checks.maximum(client, "$.Ok", 1000, "1000");
        Checks.exclusiveMinimum(client, "$.Amount", new BigDecimal("0.00"), "0");
        Checks.exclusiveMaximum(client, "$.Ok", new BigDecimal("0.1"), "0.10000000000000001");
        assertThat(client.violations())
                .extracting(Violation::path)
                .containsExactly("$.Ids", "$.Ids", "$.Limitation.Count", "$.Limitation.Count", "$.Amount");
        assertThat(client.violations().get(3).message()).isEqualTo("must be at most 1000 (is 1001)");
    }

    @Test
    void intervalLengthUsesCalendarMonthsInUtcAndIsInclusive() {
        Instant start = Instant.parse("2020-01-31T00:00:00Z");
        Checks.maxInterval(client, "$.ok", start, Instant.parse("2020-04-30T00:00:00Z"), "P3M");
        Checks.maxInterval(client, "$.tooLong", start, Instant.parse("2020-04-30T00:00:01Z"), "P3M");
        Checks.maxInterval(client, "$.hours", start, start.plusSeconds(13 * 3600), "PT12H");
        assertThat(client.violations()).extracting(Violation::path).containsExactly("$.tooLong", "$.hours");
        assertThat(client.violations().get(0).message()).startsWith("interval must not be longer than P3M");
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsOneViolation() {
        Instant start = Instant.parse("2020-01-31T00:00:00Z");
        Checks.maxInterval(client, "$.UpdatedUtc", start, start.minusSeconds(1), "P3M");
        Checks.maxInterval(client, "$.instant", start, start, "P3M");
        assertThat(client.violations())
                .extracting(Violation::toString)
                .containsExactly(
                        "$.UpdatedUtc: interval must not end before it starts (is from 2020-01-31T00:00:00Z to 2020-01-30T23:59:59Z)");
    }

    @Test
    void anIntervalNearTheLastInstantIsCheckedWithoutOverflowing() {
        Instant start = Instant.MAX.minusSeconds(10);
        Checks.maxInterval(client, "$.UpdatedUtc", start, Instant.MAX, "P3M");
        Checks.maxInterval(client, "$.Hours", start, Instant.MAX, "PT12H");
        assertThat(client.violations()).isEmpty();
    }

    @Test
    void allOrNone() {
        Checks.allOrNone(client, "$", List.of("LanguageCode", "CultureCode"), "en", null);
        Checks.allOrNone(client, "$", List.of("LanguageCode", "CultureCode"), null, null);
        Checks.allOrNone(client, "$", List.of("LanguageCode", "CultureCode"), "en", "en-US");
        assertThat(client.violations())
                .extracting(Violation::toString)
                .containsExactly("$: LanguageCode and CultureCode must be given together or not at all");
    }

    @Test
    void unknownEnumValuesAreAViolationOnlyOnTheServer() {
        List<Color> known = List.of(new Color("Red", true), new Color("Blue", true));
        Checks.knownValue(client, "$.Color", new Color("Green", false), known);
        Checks.knownValue(server, "$.Color", new Color("Green", false), known);
        Checks.knownValue(server, "$.Color", new Color("Red", true), known);
        assertThat(client.violations()).isEmpty();
        assertThat(server.violations())
                .extracting(Violation::toString)
                .containsExactly("$.Color: unknown value 'Green'; expected one of Red, Blue");
    }
}
