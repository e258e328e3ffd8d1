package io.mewscontract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.conformance.checks.ContractValidator;
import io.mewscontract.conformance.checks.ExampleConformance;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.conformance.checks.Reconciliation;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docstospec.facts.SpecReading;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds the spec to the source documents' JSON examples: one test per (document, operation, example), validated
 * against the spec by a real OpenAPI validator. A test fails on any difference RECONCILIATION.md does not
 * explain, listing each with its document, line, spec element and what to do. The property tables and enum
 * lists are held to the spec by {@link ReproducibilityTest}: the one docs model and rule set (docs-to-spec)
 * drafts them, and the draft plus the recorded decisions must be the spec in every contract fact.
 */
class DocumentConformanceTest {

    private static SpecReading spec;
    private static Reconciliation reconciliation;
    private static ContractValidator validator;

    @BeforeAll
    static void load() throws Exception {
        spec = SpecReading.read(CheckoutLayout.spec());
        reconciliation = Reconciliation.read(CheckoutLayout.reconciliation());
        validator = new ContractValidator(CheckoutLayout.spec());
    }

    @Test
    void theReaderFoundEveryDocumentAndMadeNoGuesses() {
        List<SourceDocument> documents = SourceDocuments.all();

        assertThat(documents).extracting(SourceDocument::fileName).hasSize(5);
        assertThat(documents)
                .allSatisfy(d -> assertThat(d.notes())
                        .as("reading notes of %s", d.fileName())
                        .isEmpty());
        assertThat(documents.stream().flatMap(d -> d.examples().stream())).hasSizeGreaterThanOrEqualTo(14);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleFitsTheSpec() {
        ExampleConformance examples = new ExampleConformance(validator, spec, reconciliation);
        List<DynamicTest> tests = new ArrayList<>();
        for (SourceDocument document : SourceDocuments.all()) {
            for (DocumentedOperation operation : document.operations()) {
                for (JsonExample example : operation.requestExamples()) {
                    tests.add(test(
                            document,
                            operation,
                            "request example at line " + example.line(),
                            () -> examples.check(document, operation, example, ExampleConformance.Direction.REQUEST)));
                }
                for (JsonExample example : operation.responseExamples()) {
                    tests.add(test(
                            document,
                            operation,
                            "response example at line " + example.line(),
                            () -> examples.check(document, operation, example, ExampleConformance.Direction.RESPONSE)));
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static DynamicTest test(
            SourceDocument document,
            DocumentedOperation operation,
            String what,
            java.util.function.Supplier<List<Finding>> check) {
        String name = document.fileName() + " " + operation.path() + " " + what;
        return DynamicTest.dynamicTest(name, () -> {
            List<Finding> unexplained =
                    check.get().stream().filter(f -> !f.explained()).toList();
            assertThat(unexplained)
                    .as("differences from the spec that RECONCILIATION.md does not explain")
                    .isEmpty();
        });
    }
}
