package io.mewscontract.codegen.maven.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One consumer project through the life of a spec: first build, rebuilds, a touch, edits in a referenced file,
 * a removed schema, a skipped build and a broken spec. Each step builds on the previous one, so a failed step
 * skips the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBuildIT {

    private static final String LABEL = "mews-codegen [shop-api]: ";
    private static final String UP_TO_DATE = LABEL + "up to date, nothing written";
    private static final String GENERATED = "target/generated-sources/mews";
    private static final String MODEL = GENERATED + "/com/example/shop/api/model/";
    private static final String CLASSES = "target/classes/com/example/shop/api/model/";
    private static final String SPEC = "src/main/spec/shop-api.yaml";
    private static final String SCHEMAS = "src/main/spec/schemas.yaml";

    private FixtureProject project;
    private boolean earlierStepsPassed = true;

    @RegisterExtension
    final TestWatcher stopAfterAFailedStep = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            earlierStepsPassed = false;
        }
    };

    @BeforeAll
    void copyFixture() throws IOException {
        project = FixtureProject.copy("incremental", "incremental");
    }

    @BeforeEach
    void requireEarlierSteps() {
        assumeTrue(earlierStepsPassed, "an earlier step failed; this one starts from its result");
    }

    @Test
    @Order(1)
    void firstBuildGeneratesTheSourcesAndCompilesThem() throws Exception {
        MavenRun run = project.mvnSucceeds("compile");

        assertThat(run.linesContaining(LABEL + "generated ")).as(run::tail).isEqualTo(1);
        assertThat(run.log()).contains("(no earlier run recorded)");
        // Each stage at info level, as the CLI shows it on stderr: what it produced and its time.
        assertThat(run.log())
                .as(run::tail)
                .containsPattern("\\[INFO\\] " + java.util.regex.Pattern.quote(LABEL)
                        + "load   \\d+ types, \\d+ operations? in \\d+ groups? \\(\\d+ ms\\)")
                .containsPattern(
                        "\\[INFO\\] " + java.util.regex.Pattern.quote(LABEL) + "emit   \\d+ files \\(\\d+ ms\\)")
                .containsPattern("\\[INFO\\] " + java.util.regex.Pattern.quote(LABEL)
                        + "write  \\d+ written, 0 unchanged, 0 deleted \\(\\d+ ms\\)");
        assertThat(project.path(MODEL + "Product.java")).isRegularFile();
        assertThat(project.path(MODEL + "Money.java")).isRegularFile();
        assertThat(project.path(GENERATED + "/com/example/shop/api/client/ProductsClient.java"))
                .isRegularFile();
        assertThat(project.path(GENERATED + "/com/example/shop/api/server/ProductsService.java"))
                .isRegularFile();
        assertThat(project.path(CLASSES + "Product.class")).isRegularFile();
        // The hand-written class uses a generated record: it compiled, so the output is a source root.
        assertThat(project.path("target/classes/com/example/shop/PriceList.class"))
                .isRegularFile();
    }

    @Test
    @Order(2)
    void secondBuildWritesNothingAndSaysSoInOneLine() throws Exception {
        Map<String, FileTime> before = project.modificationTimes(GENERATED);

        MavenRun run = project.mvnSucceeds("compile");

        assertThat(run.linesContaining(UP_TO_DATE)).as(run::tail).isEqualTo(1);
        assertThat(run.linesContaining("mews-codegen ["))
                .as("one line from the goal")
                .isEqualTo(1);
        assertThat(project.modificationTimes(GENERATED)).isEqualTo(before);
        assertThat(run.log()).as("nothing changed, so nothing is recompiled").contains("Nothing to compile");
    }

    @Test
    @Order(3)
    void touchingTheSpecFilesWithoutChangingThemIsStillANoOp() throws Exception {
        Map<String, FileTime> before = project.modificationTimes(GENERATED);
        FileTime now = FileTime.from(Instant.now());
        Files.setLastModifiedTime(project.path(SPEC), now);
        Files.setLastModifiedTime(project.path(SCHEMAS), now);

        MavenRun run = project.mvnSucceeds("compile");

        assertThat(run.linesContaining(UP_TO_DATE)).as(run::tail).isEqualTo(1);
        assertThat(project.modificationTimes(GENERATED)).isEqualTo(before);
    }

    @Test
    @Order(4)
    void changingASchemaInAReferencedFileRegeneratesAndTheCompileSeesIt() throws Exception {
        assertThat(classFileText("Product")).doesNotContain("sku");
        Map<String, FileTime> before = project.modificationTimes(GENERATED);
        project.replace(
                SCHEMAS,
                "        Name:\n          type: string\n",
                "        Name:\n          type: string\n        Sku:\n          type: string\n");

        MavenRun run = project.mvnSucceeds("compile");

        assertThat(run.linesContaining(LABEL + "generated ")).as(run::tail).isEqualTo(1);
        assertThat(run.log()).contains("(the spec, the parameters or the generator changed)");
        Map<String, FileTime> after = project.modificationTimes(GENERATED);
        String product = "com/example/shop/api/model/Product.java";
        assertThat(after.get(product)).isNotEqualTo(before.get(product));
        assertThat(project.read(MODEL + "Product.java")).contains("String sku");
        String untouched = "com/example/shop/api/model/ProductFilterParameters.java";
        assertThat(after.get(untouched))
                .as("a file whose bytes did not change keeps its time")
                .isEqualTo(before.get(untouched));
        assertThat(classFileText("Product"))
                .as("the recompiled record has the new component")
                .contains("sku");
    }

    @Test
    @Order(5)
    void removingASchemaDeletesItsGeneratedFile() throws Exception {
        project.replace(SCHEMAS, "        Price:\n          $ref: '#/components/schemas/Money'\n", "");
        String schemas = project.read(SCHEMAS);
        Files.writeString(
                project.path(SCHEMAS), schemas.substring(0, schemas.indexOf("    Money:")), StandardCharsets.UTF_8);

        MavenRun run = project.mvnSucceeds("compile");

        assertThat(run.log()).as(run::tail).contains("1 deleted");
        assertThat(project.path(MODEL + "Money.java")).doesNotExist();
        assertThat(project.path(MODEL + "Product.java")).isRegularFile();
        assertThat(project.read(MODEL + "Product.java")).doesNotContain("Money");
    }

    @Test
    @Order(6)
    void skipGeneratesNothingButTheOutputStaysASourceRoot() throws Exception {
        String products = "      required: [Products]\n      properties:\n";
        project.replace(SPEC, products, products + "        Cursor:\n          type: string\n");
        Map<String, FileTime> before = project.modificationTimes(GENERATED);
        deleteRecursively(project.path("target/classes"));

        MavenRun run = project.mvnSucceeds("compile", "-Dmews.codegen.skip=true");

        assertThat(run.linesContaining(LABEL + "skipped")).as(run::tail).isEqualTo(1);
        assertThat(project.modificationTimes(GENERATED)).isEqualTo(before);
        assertThat(project.read(MODEL + "ProductResult.java")).doesNotContain("String cursor");
        // With target/classes gone, PriceList compiles only if the generated sources were compiled with it.
        assertThat(project.path("target/classes/com/example/shop/PriceList.class"))
                .isRegularFile();
        assertThat(project.path(CLASSES + "Product.class")).isRegularFile();

        project.replace(SPEC, "        Cursor:\n          type: string\n", "");
    }

    @Test
    @Order(7)
    void anInvalidSpecFailsTheBuildWithFileAndPointerAndNoStackTrace() throws Exception {
        Map<String, FileTime> before = project.modificationTimes(GENERATED);
        project.replace(
                SPEC, "$ref: '#/components/schemas/ProductResult'", "$ref: '#/components/schemas/ProductResults'");

        MavenRun run = project.mvn("compile");

        assertThat(run.exitCode()).as(run::tail).isNotZero();
        String pointer =
                "/paths/~1api~1connector~1v1~1products~1getAll/post/responses/200/content/application~1json/schema";
        assertThat(run.log())
                .as(run::tail)
                .contains("The spec " + project.path(SPEC).toRealPath() + " is invalid:")
                .contains(project.path(SPEC).toRealPath() + "#" + pointer + ": ")
                .contains("ProductResults is missing");
        assertThat(run.hasStackTrace()).as(run::tail).isFalse();
        assertThat(project.modificationTimes(GENERATED))
                .as("a failed run touches no output")
                .isEqualTo(before);
    }

    @Test
    @Order(8)
    void afterTheFailedRunTheLastGoodFingerprintStillHolds() throws Exception {
        Map<String, FileTime> before = project.modificationTimes(GENERATED);
        project.replace(
                SPEC, "$ref: '#/components/schemas/ProductResults'", "$ref: '#/components/schemas/ProductResult'");

        MavenRun run = project.mvnSucceeds("compile");

        assertThat(run.linesContaining(UP_TO_DATE)).as(run::tail).isEqualTo(1);
        assertThat(project.modificationTimes(GENERATED)).isEqualTo(before);
    }

    @Test
    @Order(9)
    void malformedYamlInAReferencedFileFailsWithFileAndLineAndNoStackTrace() throws Exception {
        Map<String, FileTime> before = project.modificationTimes(GENERATED);
        String schemas = project.read(SCHEMAS);
        Files.writeString(project.path(SCHEMAS), "Broken: [unclosed\n" + schemas, StandardCharsets.UTF_8);

        MavenRun run = project.mvn("compile");

        assertThat(run.exitCode()).as(run::tail).isNotZero();
        assertThat(run.log())
                .as(run::tail)
                .contains(project.path(SCHEMAS).toRealPath() + "#: Not well-formed YAML (line ");
        assertThat(run.hasStackTrace()).as(run::tail).isFalse();
        assertThat(run.linesContaining("[WARNING]"))
                .as("the parser logs nothing: " + run.tail())
                .isZero();
        assertThat(project.modificationTimes(GENERATED)).isEqualTo(before);
        Files.writeString(project.path(SCHEMAS), schemas, StandardCharsets.UTF_8);
    }

    /** The class file as Latin-1 text: member names stand in its constant pool verbatim. */
    private String classFileText(String simpleName) throws IOException {
        return new String(
                Files.readAllBytes(project.path(CLASSES + simpleName + ".class")), StandardCharsets.ISO_8859_1);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
