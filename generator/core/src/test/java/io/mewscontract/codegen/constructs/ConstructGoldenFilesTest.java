package io.mewscontract.codegen.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.testing.UnifiedDiff;
import io.mewscontract.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files per construct of the whole Connector API: the generated Java of the constructs fixture (and of the
 * OpenAPI 3.1 fixture) compared byte for byte with the reviewed files under
 * {@code src/test/resources/golden-constructs/<fixture>/}. One dynamic test per construct names the files that show
 * its Java shape; one more per fixture requires the whole output to be exactly the golden tree (no file missing,
 * none extra). Any change in an emitter's output fails here with a unified diff.
 *
 * <p>To accept a deliberate change (CONTRIBUTING.md): {@code -Dgolden.update=true}, then review the diff.
 */
class ConstructGoldenFilesTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = ProjectPaths.testResource("golden-constructs");
    private static final String PACKAGE = "com.example.constructs";

    /** Construct → the generated files (relative to the base package) that show its Java shape. */
    private static final Map<String, List<String>> CONSTRUCTS = constructs();

    private static Map<String, List<String>> constructs() {
        Map<String, List<String>> constructs = new LinkedHashMap<>();
        constructs.put(
                "maps",
                List.of("model/Widget.java", "model/WidgetFilter.java", "validation/WidgetFilterValidator.java"));
        constructs.put(
                "discriminated unions (oneOf + discriminator, envelope, property per kind)",
                List.of("model/Attachment.java", "model/PdfAttachment.java", "model/Content.java", "model/Owner.java"));
        constructs.put(
                "update values",
                List.of("model/WidgetUpdateParameters.java", "validation/WidgetUpdateParametersValidator.java"));
        constructs.put(
                "dates and date intervals",
                List.of("model/DateInterval.java", "validation/WidgetFilterValidator.java"));
        constructs.put(
                "deprecation",
                List.of(
                        "model/Widget.java",
                        "model/LegacyGizmo.java",
                        "client/WidgetsClient.java",
                        "server/WidgetsService.java"));
        constructs.put(
                "versioned operations",
                List.of(
                        "client/WidgetsClient.java",
                        "client/DefaultWidgetsClient.java",
                        "operation/WidgetsOperations.java",
                        "server/WidgetsService.java",
                        "server/OperationTable.java"));
        constructs.put("empty responses and free-form objects", List.of("model/EmptyResult.java", "model/Widget.java"));
        constructs.put(
                "pagination with several lists and batching",
                List.of("model/WidgetPage.java", "client/WidgetsClient.java", "client/DefaultWidgetsClient.java"));
        constructs.put("cross-property rules", List.of("validation/WidgetFilterValidator.java"));
        constructs.put("hybrid identifiers", List.of("model/Widget.java", "model/WidgetFilter.java"));
        return constructs;
    }

    private static final Map<String, String> FIXTURES = Map.of(
            "constructs", "fixtures/constructs/constructs.yaml",
            "openapi-31", "fixtures/constructs/openapi-31.yaml");

    @TestFactory
    Stream<DynamicTest> eachConstructsJavaShapeIsItsGoldenFiles() throws Exception {
        Map<String, String> generated = render("constructs");
        return CONSTRUCTS.entrySet().stream()
                .map(construct -> DynamicTest.dynamicTest(construct.getKey(), () -> {
                    for (String file : construct.getValue()) {
                        assertThat(generated).as("%s is generated", file).containsKey(file);
                        compare("constructs", file, generated.get(file));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> openApi31InputIsItsGoldenFiles() throws Exception {
        Map<String, String> generated = render("openapi-31");
        return Stream.of("model/Thing.java", "validation/ThingFilterValidator.java")
                .map(file -> DynamicTest.dynamicTest(
                        "OpenAPI 3.1: " + file, () -> compare("openapi-31", file, generated.get(file))));
    }

    @TestFactory
    Stream<DynamicTest> theWholeOutputIsExactlyTheGoldenTree() {
        return FIXTURES.keySet().stream()
                .sorted()
                .map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
                    Map<String, String> generated = render(fixture);
                    Path directory = GOLDEN.resolve(fixture);
                    if (UPDATE) {
                        rewrite(directory, generated);
                    }
                    Assumptions.assumeFalse(UPDATE, "golden files are being rewritten");
                    Map<String, String> golden = new TreeMap<>();
                    try (Stream<Path> files = Files.walk(directory)) {
                        for (Path file : files.filter(Files::isRegularFile).toList()) {
                            golden.put(
                                    directory.relativize(file).toString().replace('\\', '/'),
                                    Files.readString(file, StandardCharsets.UTF_8));
                        }
                    }
                    assertThat(generated.keySet()).containsExactlyElementsOf(golden.keySet());
                    for (Map.Entry<String, String> file : generated.entrySet()) {
                        compare(fixture, file.getKey(), file.getValue());
                    }
                }));
    }

    /** The fixture's generated files by path relative to the base package's directory, sorted. */
    private static Map<String, String> render(String fixture) throws Exception {
        List<GeneratedFile> files = new CodeGenerator("test")
                .render(GenerationRequest.all(
                        ProjectPaths.testResource(FIXTURES.get(fixture)), Path.of("unused"), PACKAGE));
        String prefix = PACKAGE.replace('.', '/') + "/";
        Map<String, String> generated = new TreeMap<>();
        for (GeneratedFile file : files) {
            assertThat(file.relativePath()).startsWith(prefix);
            generated.put(
                    file.relativePath().substring(prefix.length()), new String(file.content(), StandardCharsets.UTF_8));
        }
        return generated;
    }

    private static void rewrite(Path directory, Map<String, String> generated) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void compare(String fixture, String relative, String actual) throws IOException {
        Path golden = GOLDEN.resolve(fixture).resolve(relative);
        if (UPDATE) {
            return;
        }
        assertThat(golden)
                .as("golden file (create it with -Dgolden.update=true)")
                .exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new AssertionError("Generated output differs from " + golden + " (accept with"
                    + " -Dgolden.update=true, then review the diff):\n"
                    + UnifiedDiff.diff("golden-constructs/" + fixture + "/" + relative, expected, "generated", actual));
        }
    }
}
