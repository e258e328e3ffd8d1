package io.mewscontract.codegen.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.InMemoryCompiler;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scale: ten copies of the constructs fixture (40 operations, 200 schemas) generate and compile with
 * {@code -Xlint:all -Werror}. Speed and memory are measured by {@code generator/bench/compare.sh}, not here.
 */
class ScaleTest {

    @Test
    void tenCopiesOfEveryConstructCompileWithoutAWarning() throws Exception {
        String template = Files.readString(ProjectPaths.testResource("fixtures/constructs/constructs.yaml"));
        Path directory = FixtureOutput.freshDirectory("scale-10x");
        Path spec = Files.writeString(directory.resolve("synthetic-10x.yaml"), SyntheticSpec.generate(template, 10));

        List<GeneratedFile> files = new CodeGenerator("test")
                .render(GenerationRequest.all(spec, directory.resolve("unused"), "com.example.scale"));

        assertThat(files).hasSizeGreaterThan(10 * 20);
        assertThat(files).anyMatch(file -> file.relativePath().endsWith("client/Widgets10Client.java"));
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(files, List.of(), directory.resolve("out"));
        assertThat(compiled.load("com.example.scale.model.Attachment10").isSealed())
                .isTrue();
    }
}
