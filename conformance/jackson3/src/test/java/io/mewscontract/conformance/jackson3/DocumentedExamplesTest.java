package io.mewscontract.conformance.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mewscontract.conformance.checks.DocumentSet;
import io.mewscontract.conformance.checks.SemanticJson;
import io.mewscontract.connector.operation.ConnectorOperations;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.Violation;
import io.mewscontract.runtime.jackson3.JsonMappers;
import io.mewscontract.runtime.jackson3.RequestEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every JSON example of the five documents, through the code generated with {@code jackson=3}: what the suite's
 * round-trip checks do for Jackson 2. A request is read by the strict server mapper exactly as written (and passes
 * the server-mode validators), and read by the client into its request record and written back through the
 * envelope; a response is read by the client and written back by the client's and the server's mappers. Written
 * back means semantically equal to the example (conformance-checks' {@link SemanticJson}, the one rule).
 */
class DocumentedExamplesTest {

    private static final ObjectMapper CLIENT = JsonMappers.client();
    private static final ObjectMapper SERVER = JsonMappers.server();
    /** Only to hand what Jackson 3 wrote to the Jackson 2 based comparison. */
    private static final com.fasterxml.jackson.databind.ObjectMapper COMPARISON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    record Example(SourceDocument document, DocumentedOperation operation, JsonExample example, boolean request) {
        @Override
        public String toString() {
            return document.fileName() + ":" + example.line() + " " + operation.path()
                    + (request ? " request" : " response");
        }
    }

    static List<Example> examples() throws Exception {
        List<Example> examples = new ArrayList<>();
        for (SourceDocument document : DocumentSet.read(CheckoutLayout.documents())) {
            for (DocumentedOperation operation : document.operations()) {
                operation.requestExamples().forEach(e -> examples.add(new Example(document, operation, e, true)));
                operation.responseExamples().forEach(e -> examples.add(new Example(document, operation, e, false)));
            }
        }
        return examples;
    }

    @Test
    void everyDocumentContributesExamples() throws Exception {
        List<Example> examples = examples();
        assertThat(examples.stream().map(e -> e.document().fileName()).distinct())
                .hasSize(5);
        assertThat(examples).filteredOn(Example::request).isNotEmpty();
        assertThat(examples).filteredOn(e -> !e.request()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRoundTrips() throws Exception {
        return examples().stream()
                .map(example -> DynamicTest.dynamicTest(example.toString(), () -> roundTrip(example)));
    }

    private static void roundTrip(Example example) throws Exception {
        String text = example.example().text();
        com.fasterxml.jackson.databind.JsonNode expected =
                example.example().json().orElseThrow(() -> new AssertionError("the example is not valid JSON"));
        OperationDescriptor<?, ?> operation = ConnectorOperations.byPath(
                        example.operation().path())
                .orElseThrow(() -> new AssertionError("the generated code has no operation at this path"));
        if (example.request()) {
            request(operation, text, expected);
        } else {
            Object read = CLIENT.readValue(text, operation.responseType());
            assertEqual(expected, CLIENT.writeValueAsString(read), "the client");
            assertEqual(expected, SERVER.writeValueAsString(read), "the server");
        }
    }

    private static <Q> void request(
            OperationDescriptor<Q, ?> operation, String text, com.fasterxml.jackson.databind.JsonNode expected)
            throws Exception {
        RequestEnvelope.Split<Q> strict =
                RequestEnvelope.split(SERVER, text.getBytes(StandardCharsets.UTF_8), operation.requestType());
        List<Violation> violations =
                new ArrayList<>(operation.validator().validate(strict.request(), ValidationMode.SERVER));
        violations.addAll(operation.commonFieldsValidator().validate(strict.commonFields(), ValidationMode.SERVER));
        assertThat(violations).as("the server's validators").isEmpty();

        RequestEnvelope.Split<Q> read = RequestEnvelope.split(CLIENT, CLIENT.readTree(text), operation.requestType());
        JsonNode written = RequestEnvelope.merge(CLIENT, read.commonFields(), read.request());
        assertEqual(expected, written.toString(), "the client");
    }

    static void assertEqual(com.fasterxml.jackson.databind.JsonNode expected, String written, String who)
            throws Exception {
        List<String> differences = SemanticJson.differences(expected, COMPARISON.readTree(written));
        if (!differences.isEmpty()) {
            fail(who + " writes it back differently: " + String.join("; ", differences) + "\nwrote: " + written);
        }
    }

    @Test
    void theComparisonSeesALostProperty() throws Exception {
        Example response =
                examples().stream().filter(e -> !e.request()).findFirst().orElseThrow();
        com.fasterxml.jackson.databind.node.ObjectNode lossy = (com.fasterxml.jackson.databind.node.ObjectNode)
                response.example().json().orElseThrow().deepCopy();
        String removed = lossy.fieldNames().next();
        lossy.remove(removed);
        assertThat(SemanticJson.differences(response.example().json().orElseThrow(), lossy))
                .as("a negative control: the check fails when a property is lost")
                .isNotEmpty();
    }
}
