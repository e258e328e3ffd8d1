package io.mewscontract.codegen.maven.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLocatorTest {

    @TempDir
    Path temp;

    @Test
    void aPathIsRelativeToTheModule() throws Exception {
        Path module = Files.createDirectories(temp.resolve("module"));
        Path spec = write(module.resolve("src/main/spec/api.yaml"), "openapi: 3.0.3");

        LocatedSpec located = locator(module, loader()).locate("src/main/spec/api.yaml");

        assertThat(located.file()).isEqualTo(spec);
        assertThat(located.description()).isEqualTo(spec.toString());
    }

    @Test
    void neitherFileNorResourceNamesBothLookups() {
        assertThatThrownBy(() -> locator(temp, loader()).locate("missing/api.yaml"))
                .isInstanceOf(SpecNotFoundException.class)
                .hasMessageContaining("no file " + temp.resolve("missing/api.yaml"))
                .hasMessageContaining("no classpath resource 'missing/api.yaml'")
                .hasMessageContaining("<dependency> of the plugin");
    }

    @Test
    void aResourceInAJarIsCopiedOutWithItsSiblingsOnly() throws Exception {
        Path jar = jar(
                temp.resolve("spec.jar"),
                Map.of(
                        "io/example/spec/api.yaml", "openapi: 3.0.3 # main",
                        "io/example/spec/parts/schemas.yaml", "components: {}",
                        "io/example/other.txt", "not the spec's"));
        Path extraction = temp.resolve("work/spec");

        LocatedSpec located = locator(temp, loader(jar)).locate("io/example/spec/api.yaml");

        assertThat(located.file()).isEqualTo(extraction.resolve("io/example/spec/api.yaml"));
        assertThat(located.file()).hasContent("openapi: 3.0.3 # main");
        assertThat(extraction.resolve("io/example/spec/parts/schemas.yaml")).hasContent("components: {}");
        assertThat(extraction.resolve("io/example/other.txt")).doesNotExist();
        assertThat(located.description()).isEqualTo("classpath resource io/example/spec/api.yaml (from " + jar + ")");
    }

    @Test
    void copyingAgainRewritesOnlyChangedFilesAndDropsWhatTheJarLost() throws Exception {
        Path extraction = temp.resolve("work/spec");
        Path first = jar(
                temp.resolve("v1.jar"),
                Map.of(
                        "spec/api.yaml", "version 1",
                        "spec/schemas.yaml", "schemas"));
        locator(temp, loader(first)).locate("spec/api.yaml");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(extraction.resolve("spec/api.yaml"), old);

        Path second = jar(temp.resolve("v2.jar"), Map.of("spec/api.yaml", "version 1"));
        locator(temp, loader(second)).locate("/spec/api.yaml");

        assertThat(Files.getLastModifiedTime(extraction.resolve("spec/api.yaml")))
                .isEqualTo(old);
        assertThat(extraction.resolve("spec/schemas.yaml")).doesNotExist();
    }

    @Test
    void theClasspathPrefixSkipsAFileOfTheSameName() throws Exception {
        write(temp.resolve("spec/api.yaml"), "the module's file");
        Path jar = jar(temp.resolve("spec.jar"), Map.of("spec/api.yaml", "the jar's resource"));

        LocatedSpec located = locator(temp, loader(jar)).locate("classpath:spec/api.yaml");

        assertThat(located.file()).hasContent("the jar's resource");
    }

    @Test
    void aResourceInAClassesDirectoryIsReadWhereItIs() throws Exception {
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Path spec = write(classes.resolve("spec/api.yaml"), "openapi: 3.0.3");

        LocatedSpec located = locator(temp.resolve("module"), loader(classes)).locate("spec/api.yaml");

        assertThat(located.file()).isEqualTo(spec);
        assertThat(located.description()).startsWith("classpath resource spec/api.yaml");
    }

    private SpecLocator locator(Path module, ClassLoader resources) {
        return new SpecLocator(module, resources, temp.resolve("work/spec"));
    }

    /** A loader that sees only {@code roots}, not this test's own classpath. */
    private static ClassLoader loader(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = new JarOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
