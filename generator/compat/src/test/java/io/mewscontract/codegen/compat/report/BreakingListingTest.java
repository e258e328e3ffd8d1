package io.mewscontract.codegen.compat.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakingListingTest {

    @Test
    void countsInTheRightNumber() {
        assertThat(BreakingListing.count(1, "breaking change")).isEqualTo("1 breaking change");
        assertThat(BreakingListing.count(2, "breaking change")).isEqualTo("2 breaking changes");
        assertThat(BreakingListing.count(0, "breaking change")).isEqualTo("0 breaking changes");
    }
}
