package io.mewscontract.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.Constraint;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.ObjectConstraint;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.OperationKind;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.Trait;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.testing.ProjectPaths;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The intermediate model of the fixture spec: every convention of DESIGN.md, read into facts. No JavaPoet here. */
class FixtureModelTest {

    private static ApiModel model;

    @BeforeAll
    static void load() throws Exception {
        model = new SpecLoader().load(ProjectPaths.fixtureSpec());
    }

    private static Property property(String type, String wireName) {
        return model.objectType(type).property(wireName).orElseThrow();
    }

    @Test
    void requiredAndNullableAreTwoFacts() {
        Property id = property("Payment", "Id");
        assertThat(id.required()).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(id.javaNullable()).isFalse();

        Property state = property("Payment", "State"); // required, allOf wrapper with nullable: true
        assertThat(state.required()).isTrue();
        assertThat(state.nullable()).isTrue();
        assertThat(state.type()).isEqualTo(new TypeRef.Named("PaymentState"));

        Property notes = property("Payment", "Notes"); // optional and nullable
        assertThat(notes.required()).isFalse();
        assertThat(notes.javaNullable()).isTrue();

        Property cursor = property("PaymentPage", "Cursor"); // required, nullable
        assertThat(cursor.required()).isTrue();
        assertThat(cursor.javaNullable()).isTrue();
    }

    @Test
    void scalarTypesFollowTypeAndFormat() {
        assertThat(property("Payment", "Id").type()).isEqualTo(TypeRef.scalar(ScalarKind.UUID));
        assertThat(property("Payment", "CreatedUtc").type()).isEqualTo(TypeRef.scalar(ScalarKind.DATE_TIME));
        assertThat(property("Payment", "ValueDate").type()).isEqualTo(TypeRef.scalar(ScalarKind.DATE));
        assertThat(property("Payment", "Sequence").type()).isEqualTo(TypeRef.scalar(ScalarKind.INT64));
        assertThat(property("Payment", "IsRefund").type()).isEqualTo(TypeRef.scalar(ScalarKind.BOOLEAN));
        assertThat(property("Payment", "Rate").type()).isEqualTo(TypeRef.scalar(ScalarKind.DOUBLE));
        assertThat(property("Payment", "Metadata").type()).isEqualTo(TypeRef.scalar(ScalarKind.JSON));
        assertThat(property("Money", "Value").type()).isEqualTo(TypeRef.scalar(ScalarKind.DECIMAL));
        assertThat(property("Limitation", "Count").type()).isEqualTo(TypeRef.scalar(ScalarKind.INT32));
    }

    @Test
    void aNamedScalarIsInlinedWithItsConstraintsDescriptionAndExample() {
        Property currency = property("Money", "Currency");
        assertThat(currency.type()).isEqualTo(TypeRef.scalar(ScalarKind.STRING));
        assertThat(currency.constraints()).containsExactly(new Constraint.Pattern("^[A-Z]{3}$"));
        assertThat(currency.description()).isEqualTo("ISO 4217 currency code.");
        assertThat(currency.examples()).containsExactly("\"EUR\"");
        assertThat(model.types()).extracting(t -> t.schemaName()).doesNotContain("CurrencyCode", "ConnectorRequest");
    }

    @Test
    void constraintsAreKeptExactly() {
        assertThat(property("Money", "Value").constraints())
                .containsExactly(new Constraint.Minimum(BigDecimal.ZERO, true));
        assertThat(property("Limitation", "Count").constraints())
                .containsExactly(
                        new Constraint.Minimum(BigDecimal.ONE, false),
                        new Constraint.Maximum(new BigDecimal("1000"), false));
        assertThat(property("PaymentParameters", "Description").constraints())
                .containsExactly(new Constraint.MaxLength(50));
        assertThat(property("PaymentAddParameters", "Payments").constraints())
                .containsExactly(new Constraint.MinItems(1), new Constraint.MaxItems(100));
        assertThat(property("PaymentFilterParameters", "Codes").type())
                .isEqualTo(new TypeRef.ListOf(
                        TypeRef.scalar(ScalarKind.STRING), false, List.of(new Constraint.MaxLength(10))));
    }

    @Test
    void maxIntervalNamesTheIntervalEnds() {
        Property created = property("PaymentFilterParameters", "CreatedUtc");
        assertThat(created.nullable()).isTrue();
        assertThat(created.description()).isEqualTo("When the payment was created; at most three months.");
        Constraint.MaxInterval interval =
                (Constraint.MaxInterval) created.constraints().get(0);
        assertThat(interval.maximumLength()).isEqualTo("P3M");
        assertThat(interval.start().javaName()).isEqualTo("startUtc");
        assertThat(interval.end().javaName()).isEqualTo("endUtc");
    }

    @Test
    void operationRequestsLeaveTheCommonFieldsOut() {
        ObjectType filter = model.objectType("PaymentFilterParameters");
        assertThat(filter.operationRequest()).isTrue();
        assertThat(filter.properties())
                .extracting(Property::wireName)
                .containsExactly("EnterpriseIds", "CreatedUtc", "States", "Codes", "Limitation");
        assertThat(model.commonRequest().properties())
                .extracting(Property::wireName)
                .containsExactly("ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode");
        assertThat(model.commonRequest().properties().get(0).secret()).isTrue();
        ObjectConstraint.RequiredTogether together = (ObjectConstraint.RequiredTogether)
                model.commonRequest().constraints().get(0);
        assertThat(together.properties()).extracting(Property::wireName).containsExactly("LanguageCode", "CultureCode");
    }

    @Test
    void rolesDecideUnknownPropertiesAndValidators() {
        ObjectType payment = model.objectType("Payment"); // response only, many properties
        assertThat(payment.keepsUnknownProperties()).isTrue();
        assertThat(payment.validatorName()).isNull();

        ObjectType parameters = model.objectType("PaymentParameters"); // request only
        assertThat(parameters.keepsUnknownProperties()).isFalse();
        assertThat(parameters.validatorName()).isEqualTo("PaymentParametersValidator");

        ObjectType money = model.objectType("Money"); // both: in requests and responses
        assertThat(money.keepsUnknownProperties()).isTrue();
        assertThat(money.validatorName()).isEqualTo("MoneyValidator");

        assertThat(model.objectType("TimeInterval").validatorName())
                .as("the interval check belongs to the property, not the type")
                .isNull();
        assertThat(model.types())
                .as("an error-only body is the runtime's ErrorBody: no record")
                .noneMatch(type -> type.schemaName().equals("ApiError"));
    }

    @Test
    void openEnumsGetConstantsAndDescriptions() {
        EnumType state = (EnumType) model.type("PaymentState");
        assertThat(state.values())
                .extracting(EnumType.EnumValue::wireValue)
                .containsExactly("Pending", "Charged", "Partially-Refunded", "Unknown");
        assertThat(state.values())
                .extracting(EnumType.EnumValue::constantName)
                .containsExactly("PENDING", "CHARGED", "PARTIALLY_REFUNDED", "UNKNOWN_VALUE");
        assertThat(state.values().get(0).description()).isEqualTo("Waiting for the charge.");
        assertThat(state.values().get(2).description()).isNull();
    }

    @Test
    void operationsAreGroupedByPathWithKindsTraitsAndErrors() {
        assertThat(model.groups()).extracting(g -> g.name()).containsExactly("payments", "customers");
        Operation getAll = model.groups().get(0).operations().get(0);
        assertThat(getAll.operationId()).isEqualTo("getAllPayments");
        assertThat(getAll.methodName()).isEqualTo("getAll");
        assertThat(getAll.asyncMethodName()).isEqualTo("getAllAsync");
        assertThat(getAll.constantName()).isEqualTo("GET_ALL");
        assertThat(getAll.kind()).isEqualTo(OperationKind.READ);
        assertThat(getAll.noContentAllowed()).isTrue();
        assertThat(getAll.errors())
                .extracting(e -> e.status() + ":" + e.schemaName())
                .containsExactly("400:ApiError", "500:ApiError");

        Trait.Paginated paginated = getAll.pagination().orElseThrow();
        assertThat(paginated.limitationType()).isEqualTo("Limitation");
        assertThat(paginated.items().wireName()).isEqualTo("Payments");
        assertThat(paginated.itemType()).isEqualTo(new TypeRef.Named("Payment"));
        assertThat(paginated.streamMethodName()).isEqualTo("getAllItems");

        Operation add = model.groups().get(0).operations().get(1);
        assertThat(add.kind()).isEqualTo(OperationKind.WRITE);
        assertThat(add.noContentAllowed()).isFalse();
        assertThat(add.traits()).isEmpty();

        Trait.Batched batched =
                model.groups().get(1).operations().get(0).batching().orElseThrow();
        assertThat(batched.ids().wireName()).isEqualTo("CustomerIds");
        assertThat(batched.maxItems()).isEqualTo(1000);
        assertThat(batched.items().wireName()).isEqualTo("Customers");
    }

    @Test
    void namesAreAllocatedOnceAndUnique() {
        assertThat(model.groups().get(0).clientInterfaceName()).isEqualTo("PaymentsClient");
        assertThat(model.groups().get(0).clientImplementationName()).isEqualTo("DefaultPaymentsClient");
        assertThat(model.groups().get(0).serviceInterfaceName()).isEqualTo("PaymentsService");
        assertThat(model.groups().get(0).operationsClassName()).isEqualTo("PaymentsOperations");
        assertThat(model.clientFacadeName()).isEqualTo("ConnectorClient");
        assertThat(model.operationTableName()).isEqualTo("OperationTable");
        assertThat(model.commonRequest().validatorName()).isEqualTo("CommonRequestFieldsValidator");
        assertThat(property("Payment", "IsRefund").javaName()).isEqualTo("isRefund");
        assertThat(property("PaymentParameters", "CardToken").secret()).isTrue();
        assertThat(property("PaymentAddParameters", "EnterpriseId").portfolioRequired())
                .isTrue();
        assertThat(property("Payment", "LegacyCode").deprecated()).isTrue();
        assertThat(model.objectType("Money").docNames()).containsExactly("Currency value");
    }
}
