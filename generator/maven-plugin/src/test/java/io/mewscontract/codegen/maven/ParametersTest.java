package io.mewscontract.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.codegen.Artifact;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void generateAcceptsAListOfModelClientServerOrAllInAnyCase() {
        assertThat(ArtifactsParameter.parse("model")).containsExactly(Artifact.MODEL);
        assertThat(ArtifactsParameter.parse("client")).containsExactly(Artifact.CLIENT);
        assertThat(ArtifactsParameter.parse(" Server ")).containsExactly(Artifact.SERVER);
        assertThat(ArtifactsParameter.parse("model, client")).containsExactly(Artifact.MODEL, Artifact.CLIENT);
        assertThat(ArtifactsParameter.parse("ALL")).containsExactly(Artifact.values());
        assertThat(ArtifactsParameter.parse("both")).containsExactly(Artifact.values());
        assertThatThrownBy(() -> ArtifactsParameter.parse("clients"))
                .hasMessage("generate must be a comma-separated list of model, client and server, or all; "
                        + "not 'clients'");
        assertThatThrownBy(() -> ArtifactsParameter.parse("model,")).hasMessageContaining("not 'model,'");
    }

    @Test
    void executionIdsBecomeDistinctSafeDirectoryNames() {
        Path work = Path.of("/work");

        assertThat(ExecutionDirectory.of(work, "generate-client")).isEqualTo(work.resolve("generate-client"));
        assertThat(ExecutionDirectory.of(work, "a/b")).isEqualTo(work.resolve("a_002fb"));
        assertThat(ExecutionDirectory.of(work, "a_002fb")).isEqualTo(work.resolve("a_005f002fb"));
        assertThat(ExecutionDirectory.of(work, "..")).isEqualTo(work.resolve("_002e."));
    }
}
