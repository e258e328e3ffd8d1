package io.mewscontract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.conformance.checks.ContractValidator;
import io.mewscontract.conformance.checks.EnumConformance;
import io.mewscontract.conformance.checks.ExampleConformance;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.conformance.checks.Reconciliation;
import io.mewscontract.conformance.checks.SpecCopy;
import io.mewscontract.conformance.checks.TableConformance;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import io.mewscontract.docstospec.facts.SpecReading;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the document checks can fail: each control breaks one thing and expects the precise finding. */
class NegativeControlsTest {

    private static final String GET_ALL_BY_CUSTOMERS = "/api/connector/v1/preauthorizations/getAllByCustomers";
    private static final String ADD = "/api/connector/v1/paymentRequests/add";

    private static Reconciliation reconciliation;
    private static DraftResult draft;

    @BeforeAll
    static void load() throws IOException {
        reconciliation = Reconciliation.read(CheckoutLayout.reconciliation());
    }

    @Test
    void aFieldMadeNonNullableThatAnExampleSetsToNullIsRejectedWithItsLocation(@TempDir Path dir) throws IOException {
        Path spec = SpecCopy.edited(
                CheckoutLayout.spec(),
                dir,
                "        NetValue:\n          type: number\n          format: decimal\n          nullable: true\n",
                "        NetValue:\n          type: number\n          format: decimal\n");

        List<Finding> findings = examples(spec, document("000"), GET_ALL_BY_CUSTOMERS, false);

        assertThat(findings)
                .filteredOn(f -> !f.explained())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.where()).startsWith("000_11c3e48c9101e98a.txt:"))
                .anySatisfy(f -> assertThat(f.problem())
                        .contains("/Preauthorizations/0/Amount/NetValue")
                        .contains("null"));
    }

    @Test
    void aDroppedConstraintIsReportedWithDocumentObjectAndProperty(@TempDir Path dir) throws IOException {
        Path spec = SpecCopy.edited(CheckoutLayout.spec(), dir, """
                    Description:
                      type: string
                      maxLength: 1000
                """.indent(4), """
                    Description:
                      type: string
                """.indent(4));
        SourceDocument document = document("004");
        DocumentedOperation add = document.operation(ADD).orElseThrow();
        PropertyTable parameters = add.objectTable("Payment request parameters").orElseThrow();

        List<Finding> findings =
                new TableConformance(reading(spec), draft(), reconciliation).check(document, add, parameters);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.explained()).isFalse();
            assertThat(f.element()).isEqualTo("PaymentRequestParameters.Description");
            assertThat(f.where()).startsWith("004_fe88fa7031de54c6.txt:");
            assertThat(f.problem()).isEqualTo("the document says maxLength 1000, the spec none");
            assertThat(f.toString()).contains("add a row for `PaymentRequestParameters.Description` naming 004");
        });
    }

    @Test
    void aTypeTheSpecChangesIsReportedFromTheTableRowAsTheDrafterReadsIt(@TempDir Path dir) throws IOException {
        Path retyped = SpecCopy.edited(CheckoutLayout.spec(), dir, """
                    Description:
                      type: string
                      maxLength: 1000
                """.indent(4), """
                    Description:
                      type: integer
                      maxLength: 1000
                """.indent(4));
        SourceDocument document = document("004");
        DocumentedOperation add = document.operation(ADD).orElseThrow();
        PropertyTable parameters = add.objectTable("Payment request parameters").orElseThrow();

        List<Finding> findings =
                new TableConformance(reading(retyped), draft(), reconciliation).check(document, add, parameters);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("PaymentRequestParameters.Description");
            assertThat(f.problem()).isEqualTo("the document types it 'string', the spec as integer");
            assertThat(f.explained()).isFalse();
        });
        assertThat(new TableConformance(reading(CheckoutLayout.spec()), draft(), reconciliation)
                        .check(document, add, parameters))
                .as("the unedited spec")
                .filteredOn(f -> !f.explained())
                .isEmpty();
    }

    @Test
    void aPropertyRemovedFromTheSpecIsReportedFromTablesAndExamples(@TempDir Path dir) throws IOException {
        Path spec = SpecCopy.edited(CheckoutLayout.spec(), dir, """
                    ReservationGroupId:
                      type: string
                      format: uuid
                      nullable: true
                      description: Unique identifier of the reservation group.
                """.indent(4), "");
        SourceDocument document = document("004");
        DocumentedOperation getAll =
                document.operation("/api/connector/v1/paymentRequests/getAll").orElseThrow();

        List<Finding> fromTable = new TableConformance(reading(spec), draft(), reconciliation)
                .check(document, getAll, getAll.objectTable("Payment request").orElseThrow());
        List<Finding> fromExample = examples(spec, document, getAll.path(), false);

        assertThat(fromTable).filteredOn(f -> !f.explained()).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("PaymentRequest.ReservationGroupId");
            assertThat(f.problem()).isEqualTo("the document lists it, the spec does not");
            assertThat(f.explained()).isFalse();
        });
        assertThat(fromExample).filteredOn(f -> !f.explained()).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("PaymentRequest.ReservationGroupId");
            assertThat(f.explained()).isFalse();
        });
    }

    @Test
    void anEnumValueMissingFromTheSpecOrAClosedEnumIsReported(@TempDir Path dir, @TempDir Path otherDir)
            throws IOException {
        Path spec = SpecCopy.edited(
                CheckoutLayout.spec(),
                dir,
                "enum: [Chargeable, Expired, Cancelled, Charged, Pending, Failed]\n",
                "enum: [Chargeable, Expired, Cancelled, Charged, Pending]\n");
        Path closed = SpecCopy.edited(CheckoutLayout.spec(), otherDir, """
                      x-mews-open-enum: true
                      x-mews-doc-names: [Payment request reason]
                """, """
                      x-mews-doc-names: [Payment request reason]
                """);
        SourceDocument newest = document("003");
        SourceDocument payments = document("004");

        List<Finding> missing = new EnumConformance(reading(spec))
                .check(newest, newest.enumNamed("Preauthorization state").orElseThrow());
        List<Finding> notOpen = new EnumConformance(reading(closed))
                .check(payments, payments.enumNamed("Payment request reason").orElseThrow());

        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("PreauthorizationState");
            assertThat(f.problem()).startsWith("the document lists 'Failed'");
            assertThat(f.explained()).isFalse();
        });
        assertThat(notOpen)
                .singleElement()
                .satisfies(f -> assertThat(f.problem())
                        .isEqualTo("the enum is not declared open (x-mews-open-enum: true)"
                                + " although the document's list ends with '...'"));
    }

    @Test
    void anExampleThatIsNotJsonIsReportedByDocumentAndPosition() {
        SourceDocument broken = DocumentReader.parse("003_broken.txt", """
                # Preauthorizations

                ## Get all preauthorizations by customers

                ### Request

                `[PlatformAddress]/api/connector/v1/preauthorizations/getAllByCustomers`

                ```javascript
                {
                  "ClientToken": "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
                  "CustomerIds": [ "fadd5bb6-b428-45d5-94f8-fd0d89fece6d", ]
                }
                ```
                """);
        DocumentedOperation operation = broken.operation(GET_ALL_BY_CUSTOMERS).orElseThrow();
        JsonExample example = operation.requestExamples().get(0);

        List<Finding> findings = new ExampleConformance(
                        new ContractValidator(CheckoutLayout.spec()), reading(CheckoutLayout.spec()), reconciliation)
                .check(broken, operation, example, ExampleConformance.Direction.REQUEST);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.where()).startsWith("003_broken.txt:12:");
            assertThat(f.problem()).startsWith("the example is not valid JSON");
            assertThat(f.explained()).isFalse();
        });
    }

    private static List<Finding> examples(Path spec, SourceDocument document, String path, boolean requests) {
        ExampleConformance check = new ExampleConformance(new ContractValidator(spec), reading(spec), reconciliation);
        DocumentedOperation operation = document.operation(path).orElseThrow();
        return (requests ? operation.requestExamples() : operation.responseExamples())
                .stream()
                        .flatMap(e -> check
                                .check(
                                        document,
                                        operation,
                                        e,
                                        requests
                                                ? ExampleConformance.Direction.REQUEST
                                                : ExampleConformance.Direction.RESPONSE)
                                .stream())
                        .toList();
    }

    private static SpecReading reading(Path spec) {
        try {
            return SpecReading.read(spec);
        } catch (OpenApiFiles.UnreadableDocumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The drafter's reading of the five documents (their table rows). */
    private static synchronized DraftResult draft() {
        if (draft == null) {
            draft = Drafter.draft(List.of(CheckoutLayout.documents()));
        }
        return draft;
    }

    private static SourceDocument document(String id) {
        return SourceDocuments.all().stream()
                .filter(d -> d.fileName().startsWith(id))
                .findFirst()
                .orElseThrow();
    }
}
