package io.mewscontract.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.Constraint;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.OperationKind;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.testing.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The intermediate model of spec/mews-connector-api.yaml: the facts the generated API is built on. */
class RealSpecModelTest {

    private static ApiModel model;

    @BeforeAll
    static void load() throws Exception {
        model = new SpecLoader().load(ProjectPaths.realSpec());
    }

    private static Operation operation(String path) {
        return model.operations().filter(o -> o.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void fourOperationsInTwoGroups() {
        assertThat(model.operations().map(o -> o.group() + "." + o.methodName() + ":" + o.kind()))
                .containsExactly(
                        "preauthorizations.getAllByCustomers:READ", "paymentRequests.getAll:READ",
                        "paymentRequests.add:WRITE", "paymentRequests.cancel:WRITE");
    }

    @Test
    void getAllByCustomersBatchesByAThousandCustomerIds() {
        Operation operation = operation("/api/connector/v1/preauthorizations/getAllByCustomers");
        assertThat(operation.batching()).hasValueSatisfying(batch -> {
            assertThat(batch.ids().wireName()).isEqualTo("CustomerIds");
            assertThat(batch.maxItems()).isEqualTo(1000);
            assertThat(batch.items().wireName()).isEqualTo("Preauthorizations");
        });
        assertThat(operation.kind()).isEqualTo(OperationKind.READ);
    }

    @Test
    void getAllPaymentRequestsPagesByLimitationAndCursor() {
        Operation operation = operation("/api/connector/v1/paymentRequests/getAll");
        assertThat(operation.pagination()).hasValueSatisfying(paging -> {
            assertThat(paging.items().wireName()).isEqualTo("PaymentRequests");
            assertThat(paging.count().constraints()).hasSize(2);
            assertThat(paging.responseCursor().required()).isTrue();
            assertThat(paging.responseCursor().nullable()).isTrue();
        });
        Property updated = model.objectType("PaymentRequestFilterParameters")
                .property("UpdatedUtc")
                .orElseThrow();
        assertThat(updated.constraints())
                .singleElement()
                .isInstanceOfSatisfying(
                        Constraint.MaxInterval.class,
                        c -> assertThat(c.maximumLength()).isEqualTo("P3M"));
    }

    @Test
    void moneyIsDecimalAndIdsAreUuids() {
        ObjectType amount = model.objectType("Amount");
        assertThat(amount.property("GrossValue").orElseThrow().type()).isEqualTo(TypeRef.scalar(ScalarKind.DECIMAL));
        Property net = amount.property("NetValue").orElseThrow();
        assertThat(net.required()).isTrue();
        assertThat(net.nullable()).isTrue();
        assertThat(model.objectType("PaymentRequest")
                        .property("AccountId")
                        .orElseThrow()
                        .type())
                .isEqualTo(TypeRef.scalar(ScalarKind.UUID));
    }

    @Test
    void enumsAreOpenWithTheirDocumentedValues() {
        EnumType reason = (EnumType) model.type("PaymentRequestReason");
        assertThat(reason.values())
                .extracting(EnumType.EnumValue::constantName)
                .containsExactly("PAYMENT_CARD_MISSING", "PAYMENT_CARD_DECLINED", "PREPAYMENT", "FEE", "OTHER");
        assertThat(model.objectType("Preauthorization")
                        .property("State")
                        .orElseThrow()
                        .javaNullable())
                .isTrue();
    }

    @Test
    void theCommonFieldsAreTheRuntimesAndTheirConstraintsComeFromTheSpec() {
        assertThat(model.commonRequest().properties())
                .extracting(Property::javaName)
                .containsExactly("clientToken", "accessToken", "client", "languageCode", "cultureCode");
        assertThat(model.commonRequest().constraints()).hasSize(1);
        assertThat(model.objectType("PaymentRequestAddParameters")
                        .property("EnterpriseId")
                        .orElseThrow()
                        .portfolioRequired())
                .isTrue();
    }
}
