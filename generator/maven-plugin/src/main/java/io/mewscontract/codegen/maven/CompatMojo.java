package io.mewscontract.codegen.maven;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.compat.Bump;
import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.CompatChecker;
import io.mewscontract.codegen.compat.CompatException;
import io.mewscontract.codegen.compat.CompatReport;
import io.mewscontract.codegen.compat.CompatRequest;
import io.mewscontract.codegen.compat.report.BreakingListing;
import io.mewscontract.codegen.compat.report.Changelog;
import io.mewscontract.codegen.compat.report.MarkdownReport;
import io.mewscontract.codegen.compat.report.VersionBump;
import io.mewscontract.codegen.maven.spec.LocatedSpec;
import io.mewscontract.codegen.maven.spec.SpecLocator;
import io.mewscontract.codegen.maven.spec.SpecNotFoundException;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.jspecify.annotations.Nullable;

/**
 * Compares the module's spec with the spec of the last release, resolved as a Maven artifact by version: for
 * every change, wire compatibility for deployed clients and deployed servers and source/binary compatibility of
 * the generated Java API; then the version bump, checked against the project's version. Writes {@code
 * compat-report.md} and {@code CHANGELOG.md} into {@code outputDirectory}; with {@code failOnBreaking}, a breaking
 * change without a major version bump fails the build with the list. Specs that cannot be compared (different
 * APIs, an old spec that cannot be resolved, a spec the generator refuses) fail it with one message, writing
 * nothing.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CompatMojo extends AbstractMojo {

    /** The new spec, as for {@code generate}: a file, or a classpath resource of the plugin's dependencies. */
    @Parameter(required = true)
    private String spec;

    /**
     * The version of the last release, whose spec is compared with this one. Empty (a first release): the goal
     * says so and does nothing.
     */
    @Parameter(property = "mews.compat.oldVersion")
    private @Nullable String oldVersion;

    /** The version about to be released, checked against the bump the changes need. */
    @Parameter(property = "mews.compat.newVersion", defaultValue = "${project.version}", required = true)
    private String newVersion;

    /** {@code groupId:artifactId} of the jar that carries the old spec; it is resolved at {@code oldVersion}. */
    @Parameter(defaultValue = "io.mewscontract:mews-connector-spec", required = true)
    private String specArtifact;

    /** The old spec's resource inside that jar; by default the same as {@code spec}. */
    @Parameter
    private @Nullable String oldSpecResource;

    /** Whose Java API counts: {@code client}, {@code server} or {@code both}. */
    @Parameter(defaultValue = "both", required = true)
    private String generate;

    /** Fail when a change breaks and {@code oldVersion} to {@code newVersion} is not a major bump. */
    @Parameter(property = "mews.compat.failOnBreaking", defaultValue = "true")
    private boolean failOnBreaking;

    /** Where {@code compat-report.md} and {@code CHANGELOG.md} are written. */
    @Parameter(defaultValue = "${project.build.directory}/mews-compat", required = true)
    private File outputDirectory;

    @Parameter(property = "mews.compat.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteRepositories;

    // Maven injects it (@Component is deprecated in favour of JSR-330 constructor injection, which the other
    // mojos of this plugin do not use; one style per plugin).
    @SuppressWarnings({"deprecation", "NullAway.Init"})
    @Component
    private RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mews-codegen compat: skipped (mews.compat.skip)");
            return;
        }
        if (oldVersion == null || oldVersion.isBlank()) {
            getLog().info("mews-codegen compat: no oldVersion (mews.compat.oldVersion), so nothing to compare with");
            return;
        }
        Set<Artifact> artifacts = artifacts();
        requireVersion(oldVersion, "oldVersion");
        requireVersion(newVersion, "newVersion");
        @Nullable Path work = null;
        try {
            work = Files.createTempDirectory("mews-compat");
            LocatedSpec newSpec = locate(
                    new SpecLocator(project.getBasedir().toPath(), getClass().getClassLoader(), work.resolve("new")),
                    spec);
            String coordinates = specArtifact.strip() + ":jar:" + oldVersion.strip();
            File jar = resolve(coordinates, oldVersion);
            LocatedSpec oldSpec;
            try (URLClassLoader oldJar =
                    new URLClassLoader(new URL[] {jar.toURI().toURL()}, null)) {
                String resource = oldSpecResource != null ? oldSpecResource : spec;
                oldSpec = locate(
                        new SpecLocator(work, oldJar, work.resolve("old")),
                        SpecLocator.CLASSPATH_PREFIX + resource.replaceFirst("^" + SpecLocator.CLASSPATH_PREFIX, ""),
                        coordinates);
            }
            CompatReport report = new CompatChecker()
                    .compare(new CompatRequest(
                            oldSpec.file(), newSpec.file(), coordinates, newSpec.description(), artifacts));
            write(report, oldVersion.strip());
            check(report, oldVersion.strip());
        } catch (CompatException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mews-codegen compat failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private File resolve(String coordinates, String oldVersion) throws MojoFailureException {
        try {
            ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), remoteRepositories, null);
            return repositorySystem
                    .resolveArtifact(repositorySession, request)
                    .getArtifact()
                    .getFile();
        } catch (ArtifactResolutionException | IllegalArgumentException e) {
            throw new MojoFailureException(
                    "The old spec cannot be resolved: " + coordinates + " (oldVersion "
                            + oldVersion + " of specArtifact " + specArtifact
                            + ") is in none of the project's repositories."
                            + " Set oldVersion to a released version.",
                    e);
        }
    }

    private static LocatedSpec locate(SpecLocator locator, String value) throws MojoFailureException, IOException {
        try {
            return locator.locate(value);
        } catch (SpecNotFoundException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private static LocatedSpec locate(SpecLocator locator, String value, String coordinates)
            throws MojoFailureException, IOException {
        try {
            return locator.locate(value);
        } catch (SpecNotFoundException e) {
            throw new MojoFailureException(
                    "The old spec cannot be resolved: " + coordinates + " has no resource '"
                            + value.substring(SpecLocator.CLASSPATH_PREFIX.length())
                            + "'; set oldSpecResource to its path"
                            + " inside that jar",
                    e);
        }
    }

    private void write(CompatReport report, String oldVersion) throws IOException {
        Path directory = outputDirectory.toPath();
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("compat-report.md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
        Files.writeString(
                directory.resolve("CHANGELOG.md"),
                Changelog.render(report, newVersion.strip()),
                StandardCharsets.UTF_8);
        getLog().info("mews-codegen compat: " + oldVersion + " -> " + newVersion + ": "
                + report.changes().size()
                + " changes, " + report.breakingChanges().size() + " breaking; version bump needed: " + report.bump()
                + " (report and changelog in " + directory + ")");
        for (Change change : report.changes()) {
            getLog().info("  " + change.clients().verdict().label() + " / "
                    + change.servers().verdict().label() + " / "
                    + change.java().verdict().label() + ": " + change.summary());
        }
    }

    private void check(CompatReport report, String oldVersion) throws MojoFailureException {
        boolean enough = VersionBump.suffices(oldVersion.strip(), newVersion.strip(), report.bump());
        if (enough) {
            return;
        }
        String need = "the changes need a " + report.bump() + " bump (at least "
                + VersionBump.next(oldVersion.strip(), report.bump()) + ")";
        if (report.bump() == Bump.MAJOR && failOnBreaking) {
            throw new MojoFailureException(String.join(
                    System.lineSeparator(),
                    BreakingListing.lines(
                            report, oldVersion + " -> " + newVersion + " is not a major version bump; " + need)));
        }
        getLog().warn("mews-codegen compat: " + oldVersion + " -> " + newVersion + " is a "
                + VersionBump.between(oldVersion.strip(), newVersion.strip()) + " bump; " + need);
    }

    private Set<Artifact> artifacts() throws MojoFailureException {
        try {
            return ArtifactsParameter.parse(generate);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid mews-codegen configuration: " + e.getMessage(), e);
        }
    }

    private static void requireVersion(String version, String parameter) throws MojoFailureException {
        try {
            VersionBump.between(version, version);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid mews-codegen configuration: " + parameter + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(@Nullable Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A temporary directory the system cleans up eventually.
        }
    }
}
