package io.mewscontract.testing.maven;

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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A copy of a fixture project, built by a real Maven: the one running this build ({@code maven.home}), with a
 * local repository and settings of the test's choosing. {@link #copy(String, String)} is the Maven plugin ITs'
 * arrangement: {@code src/it/<fixture>} copied to {@code it.work}, {@code it.repo} as the local repository (where
 * {@code invoker:install} staged the plugin and its dependencies) and this build's own local repository as the only
 * remote one (no network; {@code ~/.m2} is never written).
 */
public final class FixtureProject {

    private static final String TOKEN_PREFIX = "it.token.";
    private static final long DEFAULT_TIMEOUT_MINUTES = 5;

    private final Path root;
    private final Path localRepository;
    private final Path settings;
    private int builds;
    private long timeoutMinutes = DEFAULT_TIMEOUT_MINUTES;

    private FixtureProject(Path root, Path localRepository, Path settings) {
        this.root = root;
        this.localRepository = localRepository;
        this.settings = settings;
    }

    /** A fresh copy of {@code src/it/<fixture>} in {@code target/it-work/<name>}, its tokens replaced. */
    public static FixtureProject copy(String fixture, String name) throws IOException {
        Path work = Path.of(property("it.work"));
        Path settings = Settings.mirrorOnly(work.resolve("settings.xml"), Path.of(property("it.mirror")));
        return copy(
                Path.of(property("it.fixtures")).resolve(fixture),
                work.resolve(name),
                Path.of(property("it.repo")),
                settings,
                path -> true,
                true);
    }

    /**
     * A fresh copy of the project at {@code source} in {@code target}, with the tokens of its poms replaced
     * ({@code @name@} by the system property {@code it.token.name}).
     *
     * @param localRepository the nested builds' local repository
     * @param settings the nested builds' settings ({@link Settings})
     * @param include which files (relative to {@code source}) to copy
     * @param tokens whether to replace the poms' tokens (a fixture's poms), or copy them as they are (a checkout)
     */
    public static FixtureProject copy(
            Path source, Path target, Path localRepository, Path settings, Predicate<Path> include, boolean tokens)
            throws IOException {
        deleteRecursively(target);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> include.test(source.relativize(file)))
                    .toList();
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            if (tokens && file.getFileName().toString().equals("pom.xml")) {
                Files.writeString(
                        copy, replaceTokens(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            } else {
                Files.copy(file, copy);
            }
        }
        // Maven looks for .mvn/ upwards from the project to find its root; stop it at the copy, so this
        // repository's own .mvn/maven.config never leaks into the fixture build.
        Files.createDirectories(target.resolve(".mvn"));
        return new FixtureProject(target, localRepository, settings);
    }

    /** How long one build may take before it is killed and the test fails (5 minutes unless set). */
    public FixtureProject timeoutMinutes(long minutes) {
        this.timeoutMinutes = minutes;
        return this;
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
                "-B",
                "-Dstyle.color=never",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Short-lived JVMs start faster with the C1 compiler only; the fixture builds test behaviour, not speed.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish within " + timeoutMinutes + " minutes: " + log);
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

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the integration tests"
                    + " through Maven (mvn verify), which sets it");
        }
        return value;
    }

    /** Deletes {@code directory} and everything below it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path directory) throws IOException {
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
