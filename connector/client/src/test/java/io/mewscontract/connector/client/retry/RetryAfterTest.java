package io.mewscontract.connector.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

    @Test
    void secondsForm() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void absurdlyManySecondsAreStillALongWaitNotAnError() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW))
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofDays(365)));
    }

    @Test
    void imfFixdate() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ofSeconds(60));
    }

    @Test
    void obsoleteRfc850Date() {
        assertThat(RetryAfter.parse("Wednesday, 21-Oct-15 07:29:30 GMT", NOW)).contains(Duration.ofSeconds(150));
    }

    @Test
    void asctimeDate() {
        assertThat(RetryAfter.parse("Wed Oct 21 07:27:45 2015", NOW)).contains(Duration.ofSeconds(45));
        assertThat(RetryAfter.parse("Sun Nov  6 08:49:37 1994", NOW)).contains(Duration.ZERO);
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void absentHeader() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-5", "1.5", "soon", "Wed, 32 Oct 2015 07:28:00 GMT", "2015-10-21T07:28:00Z"})
    void unreadableValuesAreIgnored(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }
}
