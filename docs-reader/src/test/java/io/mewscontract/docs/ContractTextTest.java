package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Contract cells and reference constraint lines. */
class ContractTextTest {

    @Test
    void presenceIsTheFirstWordOnly() {
        assertThat(ContractText.presenceOf("required, max 1000 items")).isEqualTo(Presence.REQUIRED);
        assertThat(ContractText.presenceOf("optional")).isEqualTo(Presence.OPTIONAL);
        assertThat(ContractText.presenceOf("Optional notes about the payment.")).isEqualTo(Presence.UNSTATED);
        assertThat(ContractText.isContractCell("Preauthorization")).isFalse();
    }

    @Test
    void tableBoundsAreParsedAndOtherWordingIsKept() {
        PropertyConstraints constraints =
                ContractText.ofTableContract("optional, max 1000 items, min 1 characters, max length 3 months");
        assertThat(constraints.maxItems()).isEqualTo(OptionalInt.of(1000));
        assertThat(constraints.minLength()).isEqualTo(OptionalInt.of(1));
        assertThat(constraints.maxLength()).isEmpty();
        assertThat(constraints.unparsed()).containsExactly("max length 3 months");
        assertThat(ContractText.ofTableContract("required").isEmpty()).isTrue();
    }

    @Test
    void referenceLinesMayHoldTwoBounds() {
        PropertyConstraints constraints =
                ContractText.ofReferenceLines(List.of(">= 1 items <= 1000 items", "<= 255 characters"));
        assertThat(constraints.minItems()).isEqualTo(OptionalInt.of(1));
        assertThat(constraints.maxItems()).isEqualTo(OptionalInt.of(1000));
        assertThat(constraints.maxLength()).isEqualTo(OptionalInt.of(255));
        assertThat(ContractText.ofReferenceLines(List.of(">= 0.01")).unparsed()).containsExactly(">= 0.01");
    }
}
