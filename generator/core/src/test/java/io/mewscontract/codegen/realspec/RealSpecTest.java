package io.mewscontract.codegen.realspec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.load.SpecLoader;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.InMemoryCompiler;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.write.GeneratedFile;
import io.mewscontract.conformance.checks.SemanticJson;
import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestEnvelope;
import io.mewscontract.runtime.ValidationMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The code generated from {@code spec/mews-connector-api.yaml} compiles (javax.tools, {@code -Xlint:all
 * -Werror}), and every valid JSON example of every source document in {@code spec/docs} deserializes into its
 * generated type and serializes back to semantically equal JSON. Request examples go through the server path
 * (strict mapper, envelope split, server-mode validation) and back through the client path (envelope merge).
 * Equality is {@link SemanticJson}'s, the one rule DESIGN.md states for round trips.
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
        files = new CodeGenerator("test").render(GenerationRequest.all(ProjectPaths.realSpec(), Path.of("unused"), PACKAGE));
        compiled = InMemoryCompiler.compile(files, List.of(), FixtureOutput.freshDirectory("compiled-real-spec"));
        try (Stream<Path> docs = Files.list(ProjectPaths.root().resolve("spec/docs"))) {
            documents = DocumentReader.readAll(docs.filter(Files::isRegularFile).sorted().toList());
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
                requests.merge(path, (int) operation.requestExamples().stream().filter(JsonExample::isValid).count(), Integer::sum);
                responses.merge(path, (int) operation.responseExamples().stream().filter(JsonExample::isValid).count(), Integer::sum);
            }
        }
        List<String> paths = model.operations().map(Operation::path).sorted().toList();
        assertThat(requests.keySet()).containsAll(paths);
        paths.forEach(path -> {
            assertThat(requests.get(path)).as("request examples of " + path).isPositive();
            assertThat(responses.get(path)).as("response examples of " + path).isPositive();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedExampleRoundTrips() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SourceDocument document : documents) {
            for (DocumentedOperation documented : document.operations()) {
                OperationDescriptor<?, ?> descriptor = descriptor(apiPath(documented.path()));
                for (JsonExample example : documented.requestExamples()) {
                    example.json().ifPresent(json -> tests.add(DynamicTest.dynamicTest(
                            document.fileName() + " line " + example.line() + " request " + descriptor.name(),
                            () -> requestRoundTrip(descriptor, json))));
                }
                for (JsonExample example : documented.responseExamples()) {
                    example.json().ifPresent(json -> tests.add(DynamicTest.dynamicTest(
                            document.fileName() + " line " + example.line() + " response " + descriptor.name(),
                            () -> responseRoundTrip(descriptor, json))));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static <Q> void requestRoundTrip(OperationDescriptor<Q, ?> descriptor, JsonNode example) throws Exception {
        ObjectMapper server = JsonMappers.server();
        RequestEnvelope.Split<Q> split = RequestEnvelope.split(server, server.writeValueAsBytes(example),
                descriptor.requestType());
        assertThat(descriptor.validator().validate(split.request(), ValidationMode.SERVER)).isEmpty();
        assertThat(descriptor.commonFieldsValidator().validate(split.commonFields(), ValidationMode.SERVER)).isEmpty();
        ObjectMapper client = JsonMappers.client();
        JsonNode written = RequestEnvelope.merge(client, split.commonFields(), split.request());
        assertThat(SemanticJson.differences(example, written)).isEmpty();
    }

    private static void responseRoundTrip(OperationDescriptor<?, ?> descriptor, JsonNode example) throws Exception {
        ObjectMapper client = JsonMappers.client();
        Object response = client.treeToValue(example, descriptor.responseType());
        JsonNode written = client.valueToTree(response);
        assertThat(SemanticJson.differences(example, written)).isEmpty();
    }

    /** {@code [PlatformAddress]/api/connector/v1/x/y} → {@code /api/connector/v1/x/y}. */
    private static String apiPath(String documented) {
        int start = documented.indexOf("/api/");
        return start < 0 ? documented : documented.substring(start);
    }

    private static OperationDescriptor<?, ?> descriptor(String path) {
        Operation operation = model.operations().filter(o -> o.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("A document describes " + path + ", which the spec lacks"));
        var group = model.groups().stream().filter(g -> g.name().equals(operation.group())).findFirst().orElseThrow();
        try {
            Class<?> operations = compiled.load(PACKAGE + ".operation." + group.operationsClassName());
            return (OperationDescriptor<?, ?>) operations.getField(operation.constantName()).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
