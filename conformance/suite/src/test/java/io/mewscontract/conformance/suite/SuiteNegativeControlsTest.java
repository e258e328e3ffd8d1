package io.mewscontract.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.conformance.checks.ExampleConformance.Direction;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.conformance.checks.Reconciliation;
import io.mewscontract.conformance.checks.SpecCopy;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PaymentRequestReason;
import io.mewscontract.connector.operation.ConnectorOperations;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the suite can fail, and fails with the right report: each control breaks one thing (a copy of the spec, or
 * a lossy stand-in for a generated type), runs the suite's own checks on it, writes the report into a temporary
 * directory and reads the failure back from it. Nothing new is generated: the spec controls judge the spec only.
 */
class SuiteNegativeControlsTest {

    private static final String GET_ALL_BY_CUSTOMERS = "/api/connector/v1/preauthorizations/getAllByCustomers";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFieldMadeNonNullableThatAnExampleSetsToNullFailsAgainstTheDecisionItContradicts(@TempDir Path dir)
            throws IOException {
        Path spec = SpecCopy.edited(
                CheckoutLayout.spec(),
                dir,
                "        NetValue:\n          type: number\n          format: decimal\n          nullable: true\n",
                "        NetValue:\n          type: number\n          format: decimal\n");
        ConformanceContext context = ConformanceContext.of(spec);
        SpecChecks checks = new SpecChecks(context);
        List<Outcome> outcomes = ExampleSubject.all(context.documents()).stream()
                .map(checks::validates)
                .toList();
        Reconciliation.Row decision =
                context.reconciliation().decisionAbout("Amount.NetValue").orElseThrow();

        List<Outcome> failed =
                outcomes.stream().filter(o -> o.status() == Outcome.Status.FAIL).toList();

        assertThat(failed)
                .extracting(Outcome::documentId, Outcome::subject)
                .as("the response examples that show NetValue: null, and only those")
                .containsExactly(tuple("000"), tuple("001"), tuple("002"));
        assertThat(failed)
                .allSatisfy(o -> assertThat(o.unexplained()).anySatisfy(f -> {
                    assertThat(f.element()).isEqualTo("Amount.NetValue");
                    assertThat(f.problem())
                            .contains("/Preauthorizations/0/Amount/NetValue")
                            .contains("null");
                }));

        Path report = write(dir.resolve("report"), context, outcomes);
        String markdown = Files.readString(report);
        assertThat(markdown)
                .contains("**Result: FAIL**")
                .contains("### FAIL: 000 preauthorizations/getAllByCustomers, response example (line 191),"
                        + " spec validates")
                .contains("**Unexplained.** Contradicts the decision at [RECONCILIATION.md:" + decision.line() + "]")
                .contains(decision.decision());
        assertThat(matrixRow(markdown, "000")).contains("**FAIL 1 of 2**");
        assertThat(matrixRow(markdown, "003")).doesNotContain("FAIL");
        JsonNode json = JSON.readTree(report.resolveSibling(ReportWriter.JSON).toFile());
        assertThat(json.get("result").asText()).isEqualTo("FAIL");
        assertThat(json.get("summary").get("fail").asInt()).isEqualTo(3);
        assertThat(json.get("outcomes"))
                .filteredOn(o -> o.get("status").asText().equals("FAIL"))
                .allSatisfy(o -> assertThat(o.get("findings")).anySatisfy(f -> {
                    assertThat(f.get("element").asText()).isEqualTo("Amount.NetValue");
                    assertThat(f.get("contradicts").get("line").asInt()).isEqualTo(decision.line());
                }));
    }

    @Test
    void anEnumMadeClosedFailsTheEnumCheckWhileTheGeneratedClientStillAcceptsUnknownValues(@TempDir Path dir)
            throws IOException {
        Path spec = SpecCopy.edited(CheckoutLayout.spec(), dir, """
                      x-mews-open-enum: true
                      x-mews-doc-names: [Payment request reason]
                """, """
                      x-mews-doc-names: [Payment request reason]
                """);
        ConformanceContext context = ConformanceContext.of(spec);
        SpecChecks checks = new SpecChecks(context);
        List<Outcome> outcomes = new ArrayList<>();
        for (SourceDocument document : context.documents()) {
            document.enums().forEach(e -> outcomes.add(checks.enumList(document, e)));
        }

        assertThat(outcomes)
                .filteredOn(o -> o.status() == Outcome.Status.FAIL)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.documentId()).isEqualTo("004");
                    assertThat(o.subject()).isEqualTo("enum 'Payment request reason'");
                    assertThat(o.findings()).singleElement().satisfies(f -> {
                        assertThat(f.element()).isEqualTo("PaymentRequestReason");
                        assertThat(f.problem())
                                .isEqualTo("the enum is not declared open (x-mews-open-enum: true)"
                                        + " although the document's list ends with '...'");
                    });
                });
        String markdown = Files.readString(write(dir.resolve("report"), context, outcomes));
        assertThat(markdown).contains("### FAIL: 004 (enum lists), enum 'Payment request reason'");
        assertThat(matrixRow(markdown, "004")).contains("**FAIL 1 of 3**");

        // The check is about the spec: the generated client, built from the open enum, still keeps a new value.
        JsonNode page = context.document("004")
                .operation("/api/connector/v1/paymentRequests/getAll")
                .orElseThrow()
                .responseExamples()
                .get(0)
                .json()
                .orElseThrow();
        ((ObjectNode) page.get("PaymentRequests").get(0)).put("Reason", "CustomerRequest");
        ObjectMapper client = JsonMappers.client();
        PaymentRequestPage read = client.treeToValue(page, PaymentRequestPage.class);
        PaymentRequestReason reason = read.paymentRequests().get(0).reason();
        assertThat(reason.isKnown()).isFalse();
        assertThat(reason.known()).isEqualTo(PaymentRequestReason.Known.UNKNOWN);
        assertThat(reason.value()).isEqualTo("CustomerRequest");
        JsonNode written = client.valueToTree(read);
        assertThat(written.get("PaymentRequests").get(0).get("Reason").asText()).isEqualTo("CustomerRequest");
    }

    @Test
    void aTypeThatDropsPropertiesTheSpecDoesNotDeclareFailsDeserializationEvenThoughNullEqualsAbsent() {
        ConformanceContext context = ConformanceContext.project();
        GeneratedCodeChecks checks = new GeneratedCodeChecks(
                context,
                path -> lossy(ConnectorOperations.byPath(path), ForgetfulResult.class),
                ConnectorOperations::byPath);
        ExampleSubject response = response(context, "000");

        List<Outcome> outcomes = checks.check(response);

        Outcome reads = outcomes.get(0);
        assertThat(reads.check()).isEqualTo(Check.DESERIALIZES);
        assertThat(reads.status()).isEqualTo(Outcome.Status.FAIL);
        assertThat(reads.unexplained())
                .extracting(Finding::element)
                .containsExactly("Preauthorization.ReceiptIdentifier", "Preauthorization.SequenceCode");
        assertThat(reads.unexplained().get(0).problem())
                .isEqualTo("the generated client does not keep the property"
                        + " the spec does not declare at /Preauthorizations/1/ReceiptIdentifier: wrote nothing");
        assertThat(outcomes.get(1).status())
                .as("both were null: semantic equality alone cannot see the loss")
                .isEqualTo(Outcome.Status.PASS);
    }

    @Test
    void aTypeThatDropsADeclaredValueFailsTheRoundTrip() {
        ConformanceContext context = ConformanceContext.project();
        GeneratedCodeChecks checks = new GeneratedCodeChecks(
                context,
                path -> lossy(ConnectorOperations.byPath(path), CodelessResult.class),
                ConnectorOperations::byPath);

        List<Outcome> outcomes = checks.check(response(context, "003"));

        assertThat(outcomes.get(1).check()).isEqualTo(Check.ROUND_TRIP);
        assertThat(outcomes.get(1).unexplained())
                .extracting(Finding::problem)
                .containsExactly(
                        "the generated client writes it back differently: $.Preauthorizations[1].Code: expected"
                                + " \"PAY-2024-001\" but was absent");
    }

    @Test
    void theProjectsOwnGeneratedTypesPassTheSameChecks() {
        ConformanceContext context = ConformanceContext.project();

        assertThat(new GeneratedCodeChecks(context).check(response(context, "000")))
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.PASS));
    }

    private static ExampleSubject response(ConformanceContext context, String documentId) {
        SourceDocument document = context.document(documentId);
        DocumentedOperation operation = document.operation(GET_ALL_BY_CUSTOMERS).orElseThrow();
        return new ExampleSubject(
                document, operation, operation.responseExamples().get(0), Direction.RESPONSE);
    }

    private static Path write(Path dir, ConformanceContext context, List<Outcome> outcomes) throws IOException {
        return new ReportWriter(context.reconciliation(), context.documents())
                .write(dir, outcomes, TrafficSummary.NONE);
    }

    /** The matrix rows of one document, joined. */
    private static String matrixRow(String markdown, String documentId) {
        String matrix = markdown.substring(markdown.indexOf("## Matrix"), markdown.indexOf("## Differences"));
        return String.join(
                "\n",
                matrix.lines()
                        .filter(l -> l.startsWith("| " + documentId + " "))
                        .toList());
    }

    private static org.assertj.core.groups.Tuple tuple(String documentId) {
        return org.assertj.core.groups.Tuple.tuple(documentId, "response example");
    }

    /** The generated descriptor with its response type replaced by a stand-in. */
    private static Optional<OperationDescriptor<?, ?>> lossy(
            Optional<OperationDescriptor<?, ?>> generated, Class<?> responseType) {
        return generated.map(d -> withResponseType(d, responseType));
    }

    private static <Q, R> OperationDescriptor<?, ?> withResponseType(
            OperationDescriptor<Q, ?> d, Class<R> responseType) {
        return new OperationDescriptor<>(
                d.operationId(),
                d.resourceGroup(),
                d.name(),
                d.path(),
                d.kind(),
                d.requestType(),
                responseType,
                d.validator(),
                d.commonFieldsValidator(),
                null,
                d.requestShapes());
    }

    /** A preauthorization as a bag of properties; each subclass names, by annotation, what it loses. */
    abstract static class PropertyBag {
        private final Map<String, JsonNode> properties = new LinkedHashMap<>();

        @JsonAnySetter
        void set(String name, JsonNode value) {
            properties.put(name, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> properties() {
            return properties;
        }
    }

    /** A preauthorization that keeps every property except the two the spec leaves out. */
    @JsonIgnoreProperties({"ReceiptIdentifier", "SequenceCode"})
    static final class ForgetfulPreauthorization extends PropertyBag {}

    record ForgetfulResult(
            @JsonProperty("Preauthorizations") List<ForgetfulPreauthorization> preauthorizations) {}

    /** A preauthorization that loses its declared {@code Code}. */
    @JsonIgnoreProperties({"Code"})
    static final class CodelessPreauthorization extends PropertyBag {}

    record CodelessResult(@JsonProperty("Preauthorizations") List<CodelessPreauthorization> preauthorizations) {}
}
