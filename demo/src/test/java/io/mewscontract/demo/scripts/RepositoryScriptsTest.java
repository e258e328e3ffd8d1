package io.mewscontract.demo.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell script of the repository (benchmark scripts, CI) must keep working on a fresh machine. The Java they
 * run lives in test sources, so every build compiles it; this checks the shell side: it parses ({@code bash -n}),
 * stops at the first failure ({@code set -euo pipefail}), and runs no offline Maven build, which fails on a machine
 * whose local repository lacks a plugin the normal build never downloads.
 */
class RepositoryScriptsTest {

    private static final Pattern OFFLINE_MAVEN = Pattern.compile("\\bmvn\\b[^\\n]*\\s(-o|--offline)\\b");

    private static Path root() {
        return Path.of(System.getProperty("mews.project.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** Every {@code *.sh} and {@code .ci/run}, build output, fixtures and hidden directories (but .ci) aside. */
    private static List<Path> scripts() throws IOException {
        List<Path> scripts = new ArrayList<>();
        Files.walkFileTree(root(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skipped = !dir.equals(root())
                        && (name.equals("target")
                                || name.equals("it")
                                || (name.startsWith(".") && !name.equals(".ci")));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.toString().endsWith(".sh") || file.endsWith(Path.of(".ci", "run"))) {
                    scripts.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        scripts.sort(null);
        return scripts;
    }

    @Test
    void everyScriptParsesStopsAtTheFirstFailureAndNeedsNoOfflineMaven() throws Exception {
        List<Path> scripts = scripts();
        assertThat(scripts)
                .as("the repository's scripts")
                .extracting(path -> root().relativize(path).toString())
                .contains(
                        ".ci/run",
                        "connector/server/bench/router-timing.sh",
                        "sandbox/bench/run.sh",
                        "generator/maven-plugin/bench/noop-timing.sh");
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            assertThat(bashParses(script)).as("bash -n %s", script).isEmpty();
            assertThat(text).as(script.toString()).contains("set -euo pipefail");
            assertThat(OFFLINE_MAVEN.matcher(text).find())
                    .as("%s runs Maven offline", script)
                    .isFalse();
        }
    }

    @Test
    void negativeControls(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.sh"), "#!/usr/bin/env bash\nif true; then\n  echo x\n");
        assertThat(bashParses(broken)).contains("syntax error");
        assertThat(OFFLINE_MAVEN.matcher("mvn -B -q -o test-compile").find()).isTrue();
        assertThat(OFFLINE_MAVEN
                        .matcher("mvn -B -q -pl x -am package -DskipTests")
                        .find())
                .isFalse();
    }

    /** {@code bash -n}'s complaints; empty when the script parses. */
    private static String bashParses(Path script) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-n", script.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return bash.exitValue() == 0 ? "" : output;
    }
}
