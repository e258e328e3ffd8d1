package io.mewscontract.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.load.SpecLoader;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.testing.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files, one test factory per emitter: the fixture spec's output compared byte for byte with the files
 * checked in under {@code src/test/resources/golden}. A difference fails with a unified diff.
 *
 * <p>To accept a deliberate change, rewrite the golden files and review them in the diff like any code:
 * <pre>mvn -B -pl generator/core verify -Dgolden.update=true</pre>
 */
class GoldenFilesTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = ProjectPaths.testResource("golden");

    private static Layout layout;
    private static Poet poet;

    @BeforeAll
    static void loadModel() throws Exception {
        ApiModel model = new SpecLoader().load(ProjectPaths.fixtureSpec());
        layout = new Layout(model, FixtureOutput.PACKAGE);
        poet = new Poet(FixtureOutput.VERSION, model.specFileName());
    }

    @TestFactory
    Stream<DynamicTest> records() {
        RecordEmitter emitter = new RecordEmitter(layout, poet);
        return goldens(layout.model().objectTypes().toList(), emitter::emit);
    }

    @TestFactory
    Stream<DynamicTest> openEnums() {
        OpenEnumEmitter emitter = new OpenEnumEmitter(layout, poet);
        return goldens(layout.model().enumTypes().toList(), emitter::emit);
    }

    @TestFactory
    Stream<DynamicTest> validators() {
        ValidatorEmitter emitter = new ValidatorEmitter(layout, poet);
        List<ObjectType> validated = layout.model()
                .objectTypes()
                .filter(t -> t.validatorName() != null)
                .toList();
        return Stream.concat(
                goldens(validated, emitter::emit),
                goldens(List.of(layout.model().commonRequest()), emitter::emit));
    }

    @TestFactory
    Stream<DynamicTest> operationDescriptors() {
        return goldens(layout.model().groups(), new OperationsEmitter(layout, poet)::emit);
    }

    @TestFactory
    Stream<DynamicTest> operationCatalog() {
        return goldens(List.of(layout.model()), new OperationsEmitter(layout, poet)::emitCatalog);
    }

    @TestFactory
    Stream<DynamicTest> requestShapes() {
        return goldens(List.of(layout.model()), new RequestShapesEmitter(layout, poet)::emit);
    }

    @TestFactory
    Stream<DynamicTest> clientInterfaces() {
        return goldens(layout.model().groups(), new ClientInterfaceEmitter(layout, poet)::emit);
    }

    @TestFactory
    Stream<DynamicTest> clientImplementations() {
        return goldens(layout.model().groups(), new ClientImplementationEmitter(layout, poet)::emit);
    }

    @TestFactory
    Stream<DynamicTest> clientFacade() {
        return goldens(List.of(layout.model()), new ClientFacadeEmitter(layout, poet)::emit);
    }

    @TestFactory
    Stream<DynamicTest> serviceInterfaces() {
        return goldens(layout.model().groups(), new ServiceInterfaceEmitter(layout, poet)::emit);
    }

    @TestFactory
    Stream<DynamicTest> operationTable() {
        return goldens(List.of(layout.model()), new OperationTableEmitter(layout, poet)::emit);
    }

    /**
     * The generator's whole output ({@code CodeGenerator}, all emitters) is exactly the golden tree: no file
     * missing, none extra (a golden file no emitter produces any more must go), every byte equal.
     */
    @Test
    void goldenFilesAreExactlyTheFixtureOutput() throws IOException {
        Assumptions.assumeFalse(UPDATE, "golden files are being rewritten");
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                golden.put(
                        GOLDEN.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Map<String, String> generated = new TreeMap<>();
        FixtureOutput.files()
                .forEach(
                        file -> generated.put(file.relativePath(), new String(file.content(), StandardCharsets.UTF_8)));
        assertThat(generated.keySet()).containsExactlyElementsOf(golden.keySet());
        assertThat(generated).isEqualTo(golden);
    }

    private static <T> Stream<DynamicTest> goldens(List<T> inputs, Function<T, JavaFile> emit) {
        return inputs.stream().map(emit).map(file -> {
            String relative =
                    file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
            return DynamicTest.dynamicTest(relative, () -> compare(GOLDEN.resolve(relative), LongLines.source(file)));
        });
    }

    private static void compare(Path golden, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            if (!Files.exists(golden)
                    || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            return;
        }
        assertThat(golden)
                .as("golden file (create it with -Dgolden.update=true)")
                .exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new AssertionError("Generated output differs from " + golden + " (accept with"
                    + " -Dgolden.update=true, then review the diff):\n"
                    + UnifiedDiff.diff("golden/" + GOLDEN.relativize(golden), expected, "generated", actual));
        }
    }
}
