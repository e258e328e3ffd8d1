package io.mewscontract.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class OutputClaimsTest {

    private final MavenProject project = new MavenProject();

    @Test
    void aDirectoryClaimedByAnotherExecutionNamesIt() {
        assertThat(OutputClaims.claim(project, Path.of("/out"), "client")).isNull();

        assertThat(OutputClaims.claim(project, Path.of("/out"), "server")).isEqualTo("client");
    }

    @Test
    void executionsWithTheirOwnDirectoriesAndRepeatedClaimsAreFine() {
        assertThat(OutputClaims.claim(project, Path.of("/out/client"), "client"))
                .isNull();
        assertThat(OutputClaims.claim(project, Path.of("/out/server"), "server"))
                .isNull();
        assertThat(OutputClaims.claim(project, Path.of("/out/client"), "client"))
                .isNull();
    }

    @Test
    void claimsBelongToOneProject() {
        OutputClaims.claim(project, Path.of("/out"), "client");

        assertThat(OutputClaims.claim(new MavenProject(), Path.of("/out"), "server"))
                .isNull();
    }
}
