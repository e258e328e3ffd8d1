package io.mewscontract.codegen.realspec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.load.SpecLoader;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.InMemoryCompiler;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.write.GeneratedFile;
import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code generated from {@code spec/mews-connector-api.yaml} compiles (javax.tools, {@code -Xlint:all
 * -Werror}) and every operation has documented examples of both directions. That every example round-trips through
 * the generated code is the conformance suite's check ({@code conformance/suite}, {@code ROUND_TRIP}), its one home.
 */
class RealSpecTest {

    private static final String PACKAGE = "io.mewscontract.generated";

    private static ApiModel model;
    private static List<GeneratedFile> files;
    private static InMemoryCompiler.Compiled compiled;
    private static List<SourceDocument> documents;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        model = new SpecLoader().load(ProjectPaths.realSpec());
        files = new CodeGenerator("test")
                .render(GenerationRequest.all(ProjectPaths.realSpec(), Path.of("unused"), PACKAGE));
        compiled = InMemoryCompiler.compile(files, List.of(), FixtureOutput.freshDirectory("compiled-real-spec"));
        try (Stream<Path> docs = Files.list(ProjectPaths.root().resolve("spec/docs"))) {
            documents = DocumentReader.readAll(
                    docs.filter(Files::isRegularFile).sorted().toList());
        }
    }

    @Test
    void everyGeneratedClassCompilesAndLoads() {
        assertThat(files).hasSizeGreaterThan(30);
        for (GeneratedFile file : files) {
            String className = file.relativePath().replace(".java", "").replace('/', '.');
            assertThat(compiled.load(className)).isNotNull();
        }
    }

    @Test
    void everyOperationOfTheSpecHasDocumentedExamplesOfBothDirections() {
        Map<String, Integer> requests = new TreeMap<>();
        Map<String, Integer> responses = new TreeMap<>();
        for (SourceDocument document : documents) {
            for (DocumentedOperation operation : document.operations()) {
                String path = apiPath(operation.path());
                requests.merge(
                        path,
                        (int) operation.requestExamples().stream()
                                .filter(JsonExample::isValid)
                                .count(),
                        Integer::sum);
                responses.merge(
                        path,
                        (int) operation.responseExamples().stream()
                                .filter(JsonExample::isValid)
                                .count(),
                        Integer::sum);
            }
        }
        List<String> paths = model.operations().map(Operation::path).sorted().toList();
        assertThat(requests.keySet()).containsAll(paths);
        paths.forEach(path -> {
            assertThat(requests.get(path)).as("request examples of " + path).isPositive();
            assertThat(responses.get(path)).as("response examples of " + path).isPositive();
        });
    }

    /** {@code [PlatformAddress]/api/connector/v1/x/y} → {@code /api/connector/v1/x/y}. */
    private static String apiPath(String documented) {
        int start = documented.indexOf("/api/");
        return start < 0 ? documented : documented.substring(start);
    }
}
