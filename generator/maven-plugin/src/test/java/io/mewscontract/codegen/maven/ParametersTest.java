package io.mewscontract.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.codegen.Artifact;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void generateAcceptsClientServerOrBothInAnyCase() {
        assertThat(ArtifactsParameter.parse("client")).containsExactly(Artifact.CLIENT);
        assertThat(ArtifactsParameter.parse(" Server ")).containsExactly(Artifact.SERVER);
        assertThat(ArtifactsParameter.parse("BOTH")).containsExactlyInAnyOrder(Artifact.CLIENT, Artifact.SERVER);
        assertThatThrownBy(() -> ArtifactsParameter.parse("clients"))
                .hasMessage("generate must be client, server or both, not 'clients'");
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
