package io.mewscontract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same spec and options, same bytes: generated twice, into two folders, by two generator instances. */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoRunsProduceByteIdenticalTrees() throws Exception {
        for (Path spec : new Path[] {ProjectPaths.fixtureSpec(), ProjectPaths.realSpec()}) {
            Path first = temp.resolve(spec.getFileName() + "-1");
            Path second = temp.resolve(spec.getFileName() + "-2");
            new CodeGenerator().generate(GenerationRequest.all(spec, first, "com.example.one"));
            new CodeGenerator().generate(GenerationRequest.all(spec, second, "com.example.one"));
            Map<String, byte[]> a = tree(first);
            assertThat(a).isNotEmpty();
            assertThat(a.keySet()).containsExactlyElementsOf(tree(second).keySet());
            tree(second).forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(a.get(path)));
        }
    }

    @Test
    void aSecondRunIntoTheSameFolderWritesNothing() throws Exception {
        GenerationRequest request = GenerationRequest.all(ProjectPaths.fixtureSpec(), temp, FixtureOutput.PACKAGE);
        GenerationResult first = new CodeGenerator().generate(request);
        GenerationResult second = new CodeGenerator().generate(request);
        assertThat(second.written()).isEmpty();
        assertThat(second.deleted()).isEmpty();
        assertThat(second.unchanged()).hasSameSizeAs(first.written());
    }

    @Test
    void droppingTheServerRemovesItsFilesAndNothingElse() throws Exception {
        new CodeGenerator().generate(GenerationRequest.all(ProjectPaths.fixtureSpec(), temp, FixtureOutput.PACKAGE));
        GenerationResult clientOnly = new CodeGenerator()
                .generate(new GenerationRequest(
                        ProjectPaths.fixtureSpec(),
                        temp,
                        FixtureOutput.PACKAGE,
                        EnumSet.of(Artifact.MODEL, Artifact.CLIENT)));
        assertThat(clientOnly.deleted())
                .extracting(p -> temp.relativize(p).toString().replace('\\', '/'))
                .containsExactly(
                        "com/example/connector/server/CustomersService.java",
                        "com/example/connector/server/OperationTable.java",
                        "com/example/connector/server/PaymentsService.java");
        assertThat(clientOnly.written()).isEmpty();
    }

    @Test
    void eachArtifactGeneratesOnlyItsOwnPackages() throws Exception {
        Map<Artifact, Set<String>> packages = new EnumMap<>(Artifact.class);
        for (Artifact artifact : Artifact.values()) {
            packages.put(
                    artifact,
                    new CodeGenerator("test")
                                    .render(new GenerationRequest(
                                            ProjectPaths.fixtureSpec(),
                                            temp,
                                            FixtureOutput.PACKAGE,
                                            EnumSet.of(artifact)))
                                    .stream()
                                    .map(file -> file.relativePath()
                                            .substring(0, file.relativePath().lastIndexOf('/')))
                                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        String base = FixtureOutput.PACKAGE.replace('.', '/') + "/";
        assertThat(packages.get(Artifact.MODEL))
                .containsExactly(base + "model", base + "operation", base + "validation");
        assertThat(packages.get(Artifact.CLIENT)).containsExactly(base + "client");
        assertThat(packages.get(Artifact.SERVER)).containsExactly(base + "server");
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
