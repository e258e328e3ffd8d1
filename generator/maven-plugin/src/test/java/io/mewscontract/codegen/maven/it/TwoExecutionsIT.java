package io.mewscontract.codegen.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two executions in one module, the client side into one package and the server side into another. Sharing a
 * fingerprint, each would find the other's and regenerate on every build; kept apart, both rebuilds are no-ops.
 */
class TwoExecutionsIT {

    private static final String CLIENT_OUTPUT = "target/generated-sources/mews-client";
    private static final String SERVER_OUTPUT = "target/generated-sources/mews-server";

    @Test
    void eachExecutionKeepsItsOwnFingerprint() throws Exception {
        FixtureProject project = FixtureProject.copy("two-executions", "two-executions");

        MavenRun first = project.mvnSucceeds("compile");

        assertThat(first.linesContaining("mews-codegen [client]: generated "))
                .as(first::tail)
                .isEqualTo(1);
        assertThat(first.linesContaining("mews-codegen [server]: generated "))
                .as(first::tail)
                .isEqualTo(1);
        assertThat(project.path(CLIENT_OUTPUT + "/com/example/twin/client/client/ProductsClient.java"))
                .isRegularFile();
        assertThat(project.path(CLIENT_OUTPUT + "/com/example/twin/client/server"))
                .doesNotExist();
        assertThat(project.path(SERVER_OUTPUT + "/com/example/twin/server/server/ProductsService.java"))
                .isRegularFile();
        assertThat(project.path(SERVER_OUTPUT + "/com/example/twin/server/client"))
                .doesNotExist();
        String clientState = Files.readString(project.path("target/mews-codegen/client/state"));
        String serverState = Files.readString(project.path("target/mews-codegen/server/state"));
        assertThat(clientState.lines().skip(1).findFirst())
                .as("different parameters, different fingerprints")
                .isNotEqualTo(serverState.lines().skip(1).findFirst());

        Map<String, FileTime> client = project.modificationTimes(CLIENT_OUTPUT);
        Map<String, FileTime> server = project.modificationTimes(SERVER_OUTPUT);
        MavenRun second = project.mvnSucceeds("compile");

        assertThat(second.linesContaining("mews-codegen [client]: up to date, nothing written"))
                .as(second::tail)
                .isEqualTo(1);
        assertThat(second.linesContaining("mews-codegen [server]: up to date, nothing written"))
                .as(second::tail)
                .isEqualTo(1);
        assertThat(project.modificationTimes(CLIENT_OUTPUT)).isEqualTo(client);
        assertThat(project.modificationTimes(SERVER_OUTPUT)).isEqualTo(server);

        // A $ref leading out of the spec's directory is refused unless the build allows it explicitly.
        Files.createDirectories(project.path("src/main/shared"));
        Files.move(project.path("src/main/spec/schemas.yaml"), project.path("src/main/shared/schemas.yaml"));
        project.replace(
                "src/main/spec/shop-api.yaml",
                "'./schemas.yaml#/components/schemas/Product'",
                "'../shared/schemas.yaml#/components/schemas/Product'");
        MavenRun refused = project.mvn("compile");
        assertThat(refused.exitCode()).as(refused::tail).isNotZero();
        assertThat(refused.log()).as(refused::tail).contains("leads out of the spec's directory");
        assertThat(refused.hasStackTrace()).isFalse();

        MavenRun allowed = project.mvnSucceeds("compile", "-Dmews.codegen.allowExternalRefs=true");
        // The same model as before, now read from the moved file: nothing to write.
        assertThat(allowed.linesContaining("mews-codegen [client]: up to date"))
                .as(allowed::tail)
                .isEqualTo(1);
    }
}
