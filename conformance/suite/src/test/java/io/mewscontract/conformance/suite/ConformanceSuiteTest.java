package io.mewscontract.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.conformance.checks.ExampleConformance.Direction;
import io.mewscontract.docs.DocumentedEnum;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance matrix: for every document, operation and example, one dynamic container whose tests are the
 * checks of that example ({@link Check}); then every property table and every enum list. Each test records its
 * {@link Outcome}; after the last one the report is written to {@code conformance/target/conformance/}. A test
 * fails, and with it the build, on any difference RECONCILIATION.md does not explain.
 */
class ConformanceSuiteTest {

    private static final List<Outcome> OUTCOMES = Collections.synchronizedList(new ArrayList<>());
    private static SandboxChecks sandbox;

    @BeforeAll
    static void prepareTheSandboxChecks() {
        sandbox = new SandboxChecks(ConformanceContext.project());
    }

    @TestFactory
    Stream<DynamicNode> everyExample() {
        ConformanceContext context = ConformanceContext.project();
        SpecChecks spec = new SpecChecks(context);
        GeneratedCodeChecks generated = new GeneratedCodeChecks(context);
        List<ExampleSubject> subjects = ExampleSubject.all(context.documents());
        assertThat(subjects).as("examples found in spec/docs").hasSizeGreaterThanOrEqualTo(14);
        return subjects.stream().map(subject -> {
            List<DynamicTest> checks = new ArrayList<>();
            checks.add(test(Check.VALIDATES.title(), () -> spec.validates(subject)));
            checks.add(DynamicTest.dynamicTest(Check.DESERIALIZES.title() + ", " + Check.ROUND_TRIP.title(), () -> {
                List<Outcome> outcomes = generated.check(subject);
                outcomes.forEach(OUTCOMES::add);
                assertExplained(outcomes);
            }));
            if (subject.direction() == Direction.REQUEST) {
                checks.add(test(Check.SANDBOX.title(), () -> sandbox.answers(subject)));
            }
            return DynamicContainer.dynamicContainer(subject.toString(), checks);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyPropertyTable() {
        ConformanceContext context = ConformanceContext.project();
        SpecChecks spec = new SpecChecks(context);
        List<DynamicTest> tests = new ArrayList<>();
        for (SourceDocument document : context.documents()) {
            for (DocumentedOperation operation : document.operations()) {
                for (PropertyTable table : operation.tables()) {
                    tests.add(test(
                            document.fileName() + " " + operation.path() + " table '" + table.objectName() + "' (line "
                                    + table.line() + ")",
                            () -> spec.table(document, operation, table)));
                }
            }
        }
        assertThat(tests).as("property tables found in spec/docs").hasSizeGreaterThanOrEqualTo(20);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyEnumList() {
        ConformanceContext context = ConformanceContext.project();
        SpecChecks spec = new SpecChecks(context);
        List<DynamicTest> tests = new ArrayList<>();
        for (SourceDocument document : context.documents()) {
            for (DocumentedEnum documented : document.enums()) {
                String name =
                        document.fileName() + " enum '" + documented.name() + "' (line " + documented.line() + ")";
                tests.add(test(name, () -> spec.enumList(document, documented)));
            }
        }
        assertThat(tests).as("enum lists found in spec/docs").hasSizeGreaterThanOrEqualTo(6);
        return tests.stream();
    }

    @AfterAll
    static void writeReport() throws IOException {
        ConformanceContext context = ConformanceContext.project();
        Path written = new ReportWriter(context.reconciliation(), context.documents())
                .write(ProjectPaths.reportDirectory(), List.copyOf(OUTCOMES), sandbox.traffic());
        System.out.println("Conformance report: " + written);
    }

    private static DynamicTest test(String name, Supplier<Outcome> run) {
        return DynamicTest.dynamicTest(name, () -> {
            Outcome outcome = run.get();
            OUTCOMES.add(outcome);
            assertExplained(List.of(outcome));
        });
    }

    private static void assertExplained(List<Outcome> outcomes) {
        List<String> unexplained = outcomes.stream()
                .flatMap(o -> o.unexplained().stream().map(f -> o.check().title() + ": " + f))
                .toList();
        assertThat(unexplained)
                .as(
                        "differences RECONCILIATION.md does not explain (see %s)",
                        ProjectPaths.reportDirectory().resolve(ReportWriter.MARKDOWN))
                .isEmpty();
    }
}
