package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** 004: GitBook export of Payment requests: three operations, three enums, many lost links. */
class PaymentRequestsGitBookExportTest {
    private static final String GET_ALL = "/api/connector/v1/paymentRequests/getAll";
    private static final String ADD = "/api/connector/v1/paymentRequests/add";
    private static final String CANCEL = "/api/connector/v1/paymentRequests/cancel";
    private final SourceDocument document = SourceDocuments.read("004_");

    @Test
    void findsThreeOperationsWithOneExampleEachWay() {
        assertThat(document.operationPaths()).containsExactly(GET_ALL, ADD, CANCEL);
        assertThat(document.operations())
                .extracting(DocumentedOperation::title)
                .containsExactly("Get all payment requests", "Add payment requests", "Cancel payment requests");
        assertThat(document.operations()).allSatisfy(op -> {
            assertThat(op.requestExamples()).hasSize(1);
            assertThat(op.responseExamples()).hasSize(1);
        });
        assertThat(document.operation(ADD).orElseThrow().description()).isEmpty();
    }

    @Test
    void getAllRequestTableStatesWhatTheCellsSay() {
        PropertyTable request =
                document.operation(GET_ALL).orElseThrow().requestTable().orElseThrow();
        assertThat(request.propertyNames())
                .containsExactly(
                        "ClientToken",
                        "AccessToken",
                        "Client",
                        "EnterpriseIds",
                        "PaymentRequestIds",
                        "AccountIds",
                        "ReservationIds",
                        "UpdatedUtc",
                        "States",
                        "Limitation");
        DocumentedProperty ids = request.property("PaymentRequestIds").orElseThrow();
        assertThat(ids.type()).isEqualTo("string");
        assertThat(ids.contract()).isEqualTo("optional, max 1000 items");
        assertThat(ids.presence()).isEqualTo(Presence.OPTIONAL);
        assertThat(ids.constraints().maxItems()).isEqualTo(OptionalInt.of(1000));
        DocumentedProperty updatedUtc = request.property("UpdatedUtc").orElseThrow();
        assertThat(updatedUtc.typeUnknown()).isTrue();
        assertThat(updatedUtc.constraints().unparsed()).containsExactly("max length 3 months");
        assertThat(updatedUtc.constraints().maxLength()).isEmpty();
        DocumentedProperty states = request.property("States").orElseThrow();
        assertThat(states.typeUnknown()).isTrue();
        assertThat(states.description()).isEqualTo("A list of payment request states to filter by.");
        assertThat(request.property("Limitation").orElseThrow().presence()).isEqualTo(Presence.REQUIRED);
    }

    @Test
    void getAllResponseAndPaymentRequestTables() {
        DocumentedOperation getAll = document.operation(GET_ALL).orElseThrow();
        PropertyTable response = getAll.responseTable().orElseThrow();
        assertThat(response.propertyNames()).containsExactly("PaymentRequests", "Cursor");
        assertThat(response.property("PaymentRequests").orElseThrow().typeUnknown())
                .isTrue();
        assertThat(response.property("Cursor").orElseThrow().description()).isEmpty();
        PropertyTable paymentRequest = getAll.objectTable("Payment request").orElseThrow();
        assertThat(paymentRequest.propertyNames())
                .containsExactly(
                        "Id",
                        "EnterpriseId",
                        "AccountId",
                        "ReservationId",
                        "CreatedUtc",
                        "UpdatedUtc",
                        "ReservationGroupId",
                        "State",
                        "Amount",
                        "Type",
                        "Reason",
                        "ExpirationUtc",
                        "Description",
                        "Notes");
        assertThat(paymentRequest.property("Notes").orElseThrow().presence()).isEqualTo(Presence.OPTIONAL);
        assertThat(paymentRequest.property("Type").orElseThrow().type()).isEmpty();
    }

    @Test
    void addHasParameterAndCurrencyValueTables() {
        DocumentedOperation add = document.operation(ADD).orElseThrow();
        assertThat(add.tables())
                .extracting(PropertyTable::objectName)
                .containsExactly("", "Payment request parameters", "Currency value", "");
        assertThat(add.requestTable()
                        .orElseThrow()
                        .property("PaymentRequests")
                        .orElseThrow()
                        .contract())
                .isEqualTo("required, max 1000 items");
        PropertyTable parameters = add.objectTable("Payment request parameters").orElseThrow();
        assertThat(parameters.propertyNames())
                .containsExactly(
                        "AccountId",
                        "Amount",
                        "Type",
                        "Reason",
                        "ExpirationUtc",
                        "Description",
                        "ReservationId",
                        "Notes");
        assertThat(parameters
                        .property("Description")
                        .orElseThrow()
                        .constraints()
                        .maxLength())
                .isEqualTo(OptionalInt.of(1000));
        PropertyTable currencyValue = add.objectTable("Currency value").orElseThrow();
        assertThat(currencyValue.property("Value").orElseThrow().type()).isEqualTo("number");
        assertThat(add.responseTable().orElseThrow().propertyNames()).containsExactly("PaymentRequests");
    }

    @Test
    void cancelTables() {
        DocumentedOperation cancel = document.operation(CANCEL).orElseThrow();
        DocumentedProperty ids = cancel.requestTable()
                .orElseThrow()
                .property("PaymentRequestIds")
                .orElseThrow();
        assertThat(ids.type()).isEqualTo("array of string");
        assertThat(ids.presence()).isEqualTo(Presence.REQUIRED);
        assertThat(cancel.responseTable()
                        .orElseThrow()
                        .property("PaymentRequests")
                        .orElseThrow()
                        .description())
                .isEqualTo("Canceled payment requests.");
    }

    @Test
    void enumsAsListedWithTheReasonListOpenEnded() {
        assertThat(document.enums())
                .extracting(DocumentedEnum::name)
                .containsExactly("Payment request state", "Payment request type", "Payment request reason");
        assertThat(document.enumNamed("Payment request state").orElseThrow().valueNames())
                .containsExactly("Pending", "Completed", "Canceled", "Expired");
        DocumentedEnum type = document.enumNamed("Payment request type").orElseThrow();
        assertThat(type.valueNames()).containsExactly("Payment");
        assertThat(type.openEnded()).isFalse();
        DocumentedEnum reason = document.enumNamed("Payment request reason").orElseThrow();
        assertThat(reason.valueNames())
                .containsExactly("PaymentCardMissing", "PaymentCardDeclined", "Prepayment", "Fee", "Other");
        assertThat(reason.openEnded()).isTrue();
        assertThat(reason.values()).allMatch(v -> v.description().isEmpty());
    }

    @Test
    void theLostPreauthorizationTypeFragmentIsAnOrphanNotAValue() {
        assertThat(document.orphanLines())
                .extracting(SourceLine::text)
                .contains("Preauthorization - indicates that a is requested.", "Time interval")
                .doesNotContain("Canceled payment requests.");
        assertThat(document.orphanLines())
                .filteredOn(l -> l.text().startsWith("Preauthorization - "))
                .extracting(SourceLine::line)
                .containsExactly(754);
        assertThat(document.orphanLines().get(0).line()).isEqualTo(732);
    }
}
