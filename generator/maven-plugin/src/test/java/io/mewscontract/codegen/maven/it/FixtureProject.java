package io.mewscontract.codegen.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of one fixture project under {@code target/it-work}, built by a real Maven: the one running this
 * build ({@code maven.home}), with {@code target/it-repo} as its local repository (where {@code invoker:install}
 * staged this plugin and its dependencies) and, as its only remote repository, this build's own local repository
 * (so a fixture build finds the plugins it uses without the network, and leaves {@code ~/.m2} alone).
 */
public final class FixtureProject {

    private static final String TOKEN_PREFIX = "it.token.";
    private static final long BUILD_TIMEOUT_MINUTES = 5;

    private final Path root;
    private final boolean centralFallback;
    private int builds;

    private FixtureProject(Path root, boolean centralFallback) {
        this.root = root;
        this.centralFallback = centralFallback;
    }

    /** A fresh copy of {@code src/it/<fixture>} in {@code target/it-work/<name>}, its tokens replaced. */
    public static FixtureProject copy(String fixture, String name) throws IOException {
        return copy(fixture, name, false);
    }

    /**
     * A fixture built as a consumer on a fresh machine would build it: what the outer build's local repository
     * lacks (a plugin version Maven picks by default, which no pom of this repository names) comes from Maven
     * Central.
     */
    public static FixtureProject copyWithCentralFallback(String fixture, String name) throws IOException {
        return copy(fixture, name, true);
    }

    private static FixtureProject copy(String fixture, String name, boolean centralFallback) throws IOException {
        Path source = Path.of(property("it.fixtures")).resolve(fixture);
        Path target = Path.of(property("it.work")).resolve(name);
        deleteRecursively(target);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            if (file.getFileName().toString().equals("pom.xml")) {
                Files.writeString(copy, replaceTokens(Files.readString(file, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            } else {
                Files.copy(file, copy);
            }
        }
        // Maven looks for .mvn/ upwards from the project to find its root; stop it at the copy, so this
        // repository's own .mvn/maven.config never leaks into the fixture build.
        Files.createDirectories(target.resolve(".mvn"));
        return new FixtureProject(target, centralFallback);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** Runs {@code mvn -B <arguments>} in the project and waits for it. */
    public MavenRun mvn(String... arguments) throws IOException, InterruptedException {
        builds++;
        Path log = root.resolve("build-" + builds + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(property("maven.home"), "bin", "mvn").toString(),
                "-B", "-Dstyle.color=never",
                "-s", settings(centralFallback).toString(),
                "-Dmaven.repo.local=" + property("it.repo")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Short-lived JVMs start faster with the C1 compiler only; the fixture builds test behaviour, not speed.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish within " + BUILD_TIMEOUT_MINUTES + " minutes: " + log);
        }
        return new MavenRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
    }

    /** Runs Maven and asserts the build succeeded. */
    public MavenRun mvnSucceeds(String... arguments) throws IOException, InterruptedException {
        MavenRun run = mvn(arguments);
        assertThat(run.exitCode()).as(run::tail).isZero();
        return run;
    }

    /** Every regular file below {@code directory}, with its modification time, by relative path. */
    public Map<String, FileTime> modificationTimes(String directory) throws IOException {
        Path base = root.resolve(directory);
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(base.relativize(file).toString().replace('\\', '/'), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    /** Replaces the one occurrence of {@code from} in a file of the project. */
    public void replace(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("%s contains the text to replace", file).containsOnlyOnce(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    public String read(String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    /**
     * Settings for the fixture builds. Without {@code centralFallback}, the one mirror, for every repository, is the
     * local repository of the build running the tests (no network); with it, that repository comes first and Maven
     * Central second.
     */
    private static synchronized Path settings(boolean centralFallback) throws IOException {
        Path settings = Path.of(property("it.work")).resolve(centralFallback ? "settings-central.xml" : "settings.xml");
        String mirror = Path.of(property("it.mirror")).toUri().toString();
        String outer = """
                        <%2$s>
                          <id>%3$s</id>
                          <url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots>
                        </%2$s>
                """;
        String repositories = centralFallback
                ? outer.formatted(mirror, "repository", "outer-build-local-repository")
                        + outer.formatted("https://repo.maven.apache.org/maven2", "repository", "central")
                : outer.formatted(mirror, "repository", "central");
        String pluginRepositories = centralFallback
                ? outer.formatted(mirror, "pluginRepository", "outer-build-local-repository")
                        + outer.formatted("https://repo.maven.apache.org/maven2", "pluginRepository", "central")
                : outer.formatted(mirror, "pluginRepository", "central");
        String mirrors = centralFallback ? "" : """
                  <mirrors>
                    <mirror>
                      <id>outer-build-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%1$s</url>
                    </mirror>
                  </mirrors>
                """.formatted(mirror);
        String text = """
                <settings>
                %1$s
                  <!-- A local repository keeps no checksums for what it installed itself: do not ask for them. -->
                  <profiles>
                    <profile>
                      <id>no-checksums</id>
                      <repositories>
                %2$s
                      </repositories>
                      <pluginRepositories>
                %3$s
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>no-checksums</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(mirrors, repositories, pluginRepositories);
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, text, StandardCharsets.UTF_8);
        return settings;
    }

    private static String replaceTokens(String text) {
        String result = text;
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(TOKEN_PREFIX)) {
                result = result.replace("@" + key.substring(TOKEN_PREFIX.length()) + "@", System.getProperty(key));
            }
        }
        assertThat(result).as("every @token@ of the fixture pom has a value").doesNotContainPattern("@[\\w.-]+@");
        return result;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the integration tests"
                    + " through Maven (mvn verify), which sets it");
        }
        return value;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
