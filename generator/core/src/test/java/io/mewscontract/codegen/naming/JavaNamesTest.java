package io.mewscontract.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "AccountId, accountId",
        "IsActive, isActive",
        "ISOCode, isoCode",
        "Id, id",
        "URL, url",
        "getAllByCustomers, getAllByCustomers",
        "class, classValue",
        "Default, defaultValue",
        "3DSecure, _3DSecure",
        "payment-requests, paymentRequests"
    })
    void memberNames(String spec, String java) {
        assertThat(JavaNames.memberName(spec)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "PaymentCardMissing, PAYMENT_CARD_MISSING",
        "Pending, PENDING",
        "Partially-Refunded, PARTIALLY_REFUNDED",
        "getAll, GET_ALL",
        "ISOCode, ISO_CODE",
        "3DS, _3DS",
        "Item2Name, ITEM2_NAME",
        "already_UPPER, ALREADY_UPPER"
    })
    void constantNames(String spec, String java) {
        assertThat(JavaNames.constantName(spec)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({"PaymentRequest, PaymentRequest", "paymentRequests, PaymentRequests", "tax breakdown, TaxBreakdown"})
    void typeNames(String spec, String java) {
        assertThat(JavaNames.typeName(spec)).isEqualTo(java);
    }

    @Test
    void allocatorsNeverHandOutANameTwice() {
        NameAllocator names = new NameAllocator(Set.of("additionalProperties"));
        assertThat(names.allocate("id")).isEqualTo("id");
        assertThat(names.allocate("id")).isEqualTo("id2");
        assertThat(names.allocate("additionalProperties")).isEqualTo("additionalProperties2");
        assertThat(names.allocate("item1")).isEqualTo("item1");
        assertThat(names.allocate("item1")).isEqualTo("item1_2");
    }

    @Test
    void typeNamesClashIgnoringCaseAndAvoidJdkNames() {
        NameAllocator types = NameAllocator.forTypes();
        assertThat(types.allocate("Payment")).isEqualTo("Payment");
        assertThat(types.allocate("PAYMENT"))
                .as("same file on a case-insensitive file system")
                .isEqualTo("PAYMENT2");
        assertThat(types.allocate("String")).isEqualTo("String2");
    }
}
