package io.mewscontract.codegen.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spec as an artifact: one module jars it, another reads it as a classpath resource of the plugin, both in
 * one reactor, as {@code connector/client} reads {@code mews-connector-spec}. The spec's second file comes out
 * of the jar with it, so its {@code $ref} resolves and a change in it regenerates.
 */
class SpecArtifactIT {

    private static final String LABEL = "mews-codegen [shop-api]: ";
    private static final String GENERATED = "shop-client/target/generated-sources/mews";
    private static final String SCHEMAS = "shop-spec/src/main/resources/com/example/spec/schemas.yaml";

    @Test
    void theSpecIsReadFromTheJarOfAReactorModule() throws Exception {
        FixtureProject project = FixtureProject.copy("spec-artifact", "spec-artifact");

        MavenRun first = project.mvnSucceeds("package", "-DskipTests");

        assertThat(first.log())
                .as(first::tail)
                .contains(LABEL + "generated ")
                .contains("from classpath resource com/example/spec/shop-api.yaml (from "
                        + project.path("shop-spec/target/shop-spec-1.0.0.jar").toRealPath() + ")");
        assertThat(project.path(GENERATED + "/com/example/client/api/model/Product.java"))
                .isRegularFile();
        assertThat(project.path("shop-client/target/classes/com/example/client/Catalog.class"))
                .isRegularFile();

        Map<String, FileTime> before = project.modificationTimes(GENERATED);
        MavenRun second = project.mvnSucceeds("package", "-DskipTests");

        assertThat(second.linesContaining(LABEL + "up to date, nothing written"))
                .as(second::tail)
                .isEqualTo(1);
        assertThat(project.modificationTimes(GENERATED)).isEqualTo(before);

        project.replace(
                SCHEMAS,
                "        Name:\n          type: string\n",
                "        Name:\n          type: string\n        Sku:\n          type: string\n");
        MavenRun third = project.mvnSucceeds("package", "-DskipTests");

        assertThat(third.log()).as(third::tail).contains(LABEL + "generated ").contains("1 written");
        assertThat(project.read(GENERATED + "/com/example/client/api/model/Product.java"))
                .contains("String sku");
    }
}
