package io.mewscontract.codegen.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.OperationKind;
import io.mewscontract.runtime.ValidationMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixture's generated validators, clients and server table, run: every violation with its JSON path,
 * liberal clients and strict servers, transparent batching, lazy pagination, and routing without reflection.
 */
class GeneratedClientAndServerTest {

    @Test
    void validationReportsEveryViolationWithItsPath() throws Throwable {
        assertThat(Probes.call("ValidationProbe", "addViolations", ValidationMode.CLIENT))
                .isEqualTo(List.of(
                        "$.Payments[1].Amount.Value: must be greater than 0 (is 0)",
                        "$.Payments[1].Description: must be at most 50 characters long (is 51)",
                        "$.Payments[1].Notes: must be at most 100 characters long (is 101)"));
    }

    @Test
    void enumMembershipIsAViolationOnlyOnTheServer() throws Throwable {
        List<String> client = List.of(
                "$.CreatedUtc: interval must not be longer than P3M (is from 2024-01-01T00:00:00Z to 2024-04-02T00:00:00Z)",
                "$.Codes[1]: must be at most 10 characters long (is 13)",
                "$.Limitation.Count: must be at least 1 (is 0)");
        assertThat(Probes.call("ValidationProbe", "filterViolations", ValidationMode.CLIENT))
                .isEqualTo(client);
        assertThat(Probes.call("ValidationProbe", "filterViolations", ValidationMode.SERVER))
                .isEqualTo(List.of(
                        client.get(0),
                        "$.States[1]: unknown value 'Refunded'; expected one of Pending, Charged, Partially-Refunded, Unknown",
                        client.get(1),
                        client.get(2)));
    }

    @Test
    void commonFieldsAreValidatedFromTheSpec() throws Throwable {
        assertThat(Probes.call("ValidationProbe", "commonFieldViolations"))
                .isEqualTo(List.of(
                        "$.ClientToken: must be at least 1 characters long (is 0)",
                        "$: LanguageCode and CultureCode must be given together or not at all"));
    }

    @ParameterizedTest(name = "{0} ids → requests of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1    | 1
            999  | 999
            1000 | 1000
            1001 | 1000,1
            2500 | 1000,1000,500
            """)
    void longIdListsAreSentInBatchesAndMergedInOrder(int ids, String requestSizes) throws Throwable {
        assertThat(Probes.call("ClientProbe", "batch", ids, false)).isEqualTo(requestSizes + " in order");
        assertThat(Probes.call("ClientProbe", "batch", ids, true)).isEqualTo(requestSizes + " in order");
    }

    @Test
    void anInvalidRequestIsNeverSent() throws Throwable {
        assertThat(Probes.call("ClientProbe", "invalidRequestIsNotSent"))
                .isEqualTo("0 sent: Invalid request for getAllCustomersByIds: $.CustomerIds: must have at least 1 items"
                        + " (has 0)");
    }

    @Test
    void pagesAreFetchedOnlyWhenConsumed() throws Throwable {
        assertThat(Probes.call("ClientProbe", "paginate", 25, 10, 3)).isEqualTo("3 items, cursors sent: null");
        assertThat(Probes.call("ClientProbe", "paginate", 25, 10, 11)).isEqualTo("11 items, cursors sent: null,9");
        assertThat(Probes.call("ClientProbe", "paginate", 25, 10, 100)).isEqualTo("25 items, cursors sent: null,9,19");
        assertThat(Probes.call("ClientProbe", "paginate", 20, 10, 100)).isEqualTo("20 items, cursors sent: null,9,19");
    }

    @Test
    void theOperationTableRoutesByExactPath() throws Throwable {
        assertThat(Probes.call("ServerProbe", "paths"))
                .isEqualTo(List.of(
                        "/api/connector/v1/payments/getAll",
                        "/api/connector/v1/payments/add",
                        "/api/connector/v1/customers/getAllByIds"));
        String common = "\"ClientToken\":\"c\",\"AccessToken\":\"a\",\"Client\":\"Probe 1.0\",";
        assertThat(Probes.call(
                        "ServerProbe",
                        "handle",
                        "/api/connector/v1/customers/getAllByIds",
                        "{" + common + "\"CustomerIds\":[\"8466DFDD-0964-4002-8719-AFA900D0F1BA\"]}"))
                .isEqualTo(
                        "200 {\"Customers\":[{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\",\"Name\":\"Probe 1.0\"}]}");
        assertThat(Probes.call("ServerProbe", "handle", "/api/connector/v1/customers/getallbyids", "{}"))
                .isEqualTo("404");
        assertThat(Probes.call(
                        "ServerProbe",
                        "handle",
                        "/api/connector/v1/payments/getAll",
                        "{" + common + "\"States\":[\"Refunded\"],\"Limitation\":{\"Count\":1}}"))
                .asString()
                .startsWith("400 [$.States[0]: unknown value 'Refunded'");
        assertThat(Probes.call(
                        "ServerProbe",
                        "handle",
                        "/api/connector/v1/customers/getAllByIds",
                        "{" + common + "\"CustomerIds\":[],\"Surprise\":1}"))
                .isEqualTo("400 unreadable");
    }

    @Test
    void theOperationTableTakesAnySubsetOfServicesAndMarksTheRestNotImplemented() throws Throwable {
        assertThat(Probes.call("ServerProbe", "customersOnly"))
                .isEqualTo("[/api/connector/v1/payments/getAll, "
                        + "/api/connector/v1/payments/add, /api/connector/v1/customers/getAllByIds] not implemented: "
                        + "[getAllPayments, addPayments]");
    }

    @Test
    void theCatalogListsEveryOperationOfEveryGroupInSpecOrder() throws Exception {
        Class<?> catalog = FixtureOutput.type("operation.ConnectorOperations");
        @SuppressWarnings("unchecked")
        List<OperationDescriptor<?, ?>> all =
                (List<OperationDescriptor<?, ?>>) catalog.getField("ALL").get(null);
        assertThat(all)
                .extracting(OperationDescriptor::operationId)
                .containsExactly("getAllPayments", "addPayments", "getAllCustomersByIds");
        assertThat(catalog.getMethod("byPath", String.class).invoke(null, "/api/connector/v1/payments/add"))
                .isEqualTo(java.util.Optional.of(all.get(1)));
        assertThat(catalog.getMethod("byPath", String.class).invoke(null, "/api/connector/v1/payments/Add"))
                .isEqualTo(java.util.Optional.empty());
    }

    @Test
    void descriptorsCarryEverythingATransportOrRouterNeeds() throws Exception {
        Class<?> operations = FixtureOutput.type("operation.PaymentsOperations");
        OperationDescriptor<?, ?> getAll =
                (OperationDescriptor<?, ?>) operations.getField("GET_ALL").get(null);
        assertThat(getAll.operationId()).isEqualTo("getAllPayments");
        assertThat(getAll.path()).isEqualTo("/api/connector/v1/payments/getAll");
        assertThat(getAll.kind()).isEqualTo(OperationKind.READ);
        assertThat(getAll.requestType().getSimpleName()).isEqualTo("PaymentFilterParameters");
        assertThat(getAll.responseType().getSimpleName()).isEqualTo("PaymentPage");
        assertThat(String.valueOf(getAll.noContentResult()))
                .as("a 204 is an empty page")
                .isEqualTo("PaymentPage[payments=[], cursor=null, additionalProperties={}]");

        OperationDescriptor<?, ?> add =
                (OperationDescriptor<?, ?>) operations.getField("ADD").get(null);
        assertThat(add.kind()).isEqualTo(OperationKind.WRITE);
        assertThat(add.noContentResult()).as("the spec allows no 204 for add").isNull();
    }
}
