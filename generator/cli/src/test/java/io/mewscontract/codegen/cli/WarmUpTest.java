package io.mewscontract.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.write.GeneratedFile;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void theBundledSpecRendersSoTheWarmUpIsNeverSilentlyLost() {
        // The warm-up swallows its failures (they must not touch the real run): this is where one shows.
        assertThat(WarmUp.renderBundledSpec()).isTrue();
    }

    @Test
    void theBundledSpecPassesThroughTheCommonConstructs() throws Exception {
        Path spec = Path.of(
                Objects.requireNonNull(WarmUp.class.getResource("warm-up.yaml")).toURI());
        List<GeneratedFile> files = new CodeGenerator("test")
                .render(new GenerationRequest(spec, Path.of("unused"), "warm.up", EnumSet.allOf(Artifact.class)));
        String all = String.join(
                "\n",
                files.stream()
                        .map(file -> new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                        .toList());
        assertThat(all)
                .contains("sealed interface Part")
                .contains("record Thing(")
                .contains("BigDecimal amount")
                .contains("LocalDate dueOn")
                .contains("Map<String, String> names")
                .contains("final class ThingState");
        assertThat(files)
                .extracting(GeneratedFile::relativePath)
                .anyMatch(path -> path.contains("/client/"))
                .anyMatch(path -> path.contains("/server/"));
    }
}
