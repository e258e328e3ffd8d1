package io.mewscontract.codegen.maven;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationProgress;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.GenerationResult;
import io.mewscontract.codegen.JacksonVersion;
import io.mewscontract.codegen.ReferenceScope;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.maven.incremental.GeneratorIdentity;
import io.mewscontract.codegen.maven.incremental.IncrementalGenerator;
import io.mewscontract.codegen.maven.incremental.Outcome;
import io.mewscontract.codegen.maven.incremental.StateStore;
import io.mewscontract.codegen.maven.spec.LocatedSpec;
import io.mewscontract.codegen.maven.spec.SpecLocator;
import io.mewscontract.codegen.maven.spec.SpecNotFoundException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the Java sources of a Mews Connector API spec and adds them to the module's compile sources.
 *
 * <p>Incremental: when neither the spec (after {@code $ref} resolution), nor the parameters, nor the generator
 * changed since this execution's last successful run, and its files are as it left them, nothing is written.
 * Otherwise only files whose bytes change are written, and files the spec no longer produces are deleted.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /**
     * The OpenAPI spec: a file path (absolute, or relative to the module's directory) or, when no such file
     * exists, a classpath resource of the plugin's dependencies, such as {@code
     * io/mewscontract/spec/mews-connector-api.yaml} from {@code io.mewscontract:mews-connector-spec}. Prefix
     * {@code classpath:} to skip the file lookup.
     */
    @Parameter(required = true)
    private String spec;

    /**
     * The source root to generate into; it is added to the module's compile sources. Give each execution its
     * own: the generator deletes the files of its directory that it did not produce.
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/mews", required = true)
    private File outputDirectory;

    /**
     * The base package {@code P}: code goes to {@code P.model}, {@code P.validation}, {@code P.operation},
     * {@code P.client} and {@code P.server}.
     */
    @Parameter(required = true)
    private String packageName;

    /**
     * What to generate: a comma-separated list of {@code model} (records, enums, validators, operation descriptors),
     * {@code client} and {@code server}, or {@code all}. A client or server jar that shares a model jar generates
     * only its side ({@code client} or {@code server}) with the model jar's {@code packageName}.
     */
    @Parameter(defaultValue = "all", required = true)
    private String generate;

    /**
     * The Jackson line the code is written for: {@code 2} ({@code com.fasterxml.jackson}, with
     * {@code io.mewscontract:mews-contract-runtime}) or {@code 3} ({@code tools.jackson}, Spring Boot 4, with
     * {@code io.mewscontract:mews-contract-runtime-jackson3}).
     */
    @Parameter(defaultValue = "2", required = true)
    private String jackson;

    /**
     * Also follow {@code $ref}s to files outside the spec's directory and to {@code http(s)} documents. Off by
     * default: a spec is input from outside, and a build should not read arbitrary files or fetch from the
     * network because a spec says so. Every referenced document is read by the generator's own safe reader.
     */
    @Parameter(property = "mews.codegen.allowExternalRefs", defaultValue = "false")
    private boolean allowExternalRefs;

    /** Skips generation; the output directory stays a compile source root. */
    @Parameter(property = "mews.codegen.skip", defaultValue = "false")
    private boolean skip;

    /** Where each execution keeps its fingerprint and, for a spec read from a jar, the spec's copy. */
    @Parameter(defaultValue = "${project.build.directory}/mews-codegen", readonly = true, required = true)
    private File workDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        // First, before any early exit: a skipped or up-to-date run must still compile what is there.
        project.addCompileSourceRoot(output.toString());
        String executionId = mojoExecution.getExecutionId();
        String label = "mews-codegen [" + executionId + "]";
        if (skip) {
            getLog().info(label + ": skipped (mews.codegen.skip); " + shown(output) + " stays a source root");
            return;
        }
        String rival = OutputClaims.claim(project, output, executionId);
        if (rival != null) {
            throw new MojoFailureException("Executions '" + rival + "' and '" + executionId + "' both generate into "
                    + output + "; give each execution its own <outputDirectory>, since each run deletes the"
                    + " generated files it did not produce");
        }

        Set<Artifact> artifacts = artifacts();
        Path executionDirectory = ExecutionDirectory.of(workDirectory.toPath().toAbsolutePath(), executionId);
        LocatedSpec located = locateSpec(executionDirectory.resolve("spec"));
        GenerationRequest request = request(located, output, artifacts);
        CodeGenerator generator = new CodeGenerator();
        try {
            IncrementalGenerator incremental = new IncrementalGenerator(
                    generator,
                    GeneratorIdentity.of(generator.version(), CodeGenerator.class),
                    new StateStore(executionDirectory.resolve("state")));
            // The stages as the CLI shows them, in Maven's info log: a large spec shows where the time goes.
            report(
                    label,
                    located,
                    output,
                    incremental.run(request, GenerationProgress.lines(label + ": ", line -> getLog().info(line))));
        } catch (SpecException e) {
            String problem = e.kind() == SpecException.Kind.UNSUPPORTED
                    ? "uses a construct the generator does not" + " support"
                    : "is invalid";
            throw new MojoFailureException(
                    "The spec " + located.description() + " " + problem + ":" + System.lineSeparator() + e.getMessage(),
                    e);
        } catch (IllegalArgumentException e) {
            // The core's own refusal of its input, such as two types claiming one file name.
            throw new MojoFailureException("Cannot generate from " + located.description() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Generating from " + located.description() + " into " + output + " failed: " + describe(e), e);
        } catch (RuntimeException e) {
            // A bug, not the user's doing: one line that says so (Maven prints the trace with -e).
            throw new MojoExecutionException(
                    "The generator failed on " + located.description() + ": " + e
                            + " (a bug in mews-codegen: please report it with the spec; run with -e for the stack trace)",
                    e);
        }
    }

    private LocatedSpec locateSpec(Path extractionDirectory) throws MojoExecutionException, MojoFailureException {
        try {
            return new SpecLocator(project.getBasedir().toPath(), getClass().getClassLoader(), extractionDirectory)
                    .locate(spec);
        } catch (SpecNotFoundException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the spec '" + spec + "': " + describe(e), e);
        }
    }

    private Set<Artifact> artifacts() throws MojoFailureException {
        try {
            return ArtifactsParameter.parse(generate);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid mews-codegen configuration: " + e.getMessage(), e);
        }
    }

    private GenerationRequest request(LocatedSpec located, Path output, Set<Artifact> artifacts)
            throws MojoFailureException {
        try {
            return new GenerationRequest(
                    located.file(),
                    output,
                    packageName.strip(),
                    artifacts,
                    jacksonVersion(),
                    allowExternalRefs ? ReferenceScope.ANYWHERE : ReferenceScope.SPEC_DIRECTORY);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid mews-codegen configuration: packageName: " + e.getMessage(), e);
        }
    }

    private JacksonVersion jacksonVersion() throws MojoFailureException {
        try {
            return JacksonVersion.parse(jackson);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid mews-codegen configuration: jackson: " + e.getMessage(), e);
        }
    }

    /** The message, with the exception's kind where the message alone would be a bare path. */
    private static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        return e.getClass() == IOException.class ? message : e.getClass().getSimpleName() + ": " + message;
    }

    private void report(String label, LocatedSpec located, Path output, Outcome outcome) {
        if (outcome instanceof Outcome.UpToDate upToDate) {
            getLog().info(label + ": up to date, nothing written (" + upToDate.fileCount() + " files in "
                    + shown(output) + ", fingerprint " + upToDate.fingerprint().shortForm() + ")");
            return;
        }
        Outcome.Generated generated = (Outcome.Generated) outcome;
        GenerationResult result = generated.result();
        getLog().info(label + ": generated "
                + (result.written().size() + result.unchanged().size()) + " files from "
                + located.description() + " into " + shown(output) + " (" + generated.reason() + "): "
                + result.written().size() + " written, " + result.unchanged().size() + " unchanged, "
                + result.deleted().size() + " deleted");
        if (getLog().isDebugEnabled()) {
            result.written().forEach(file -> getLog().debug("written " + file));
            result.deleted().forEach(file -> getLog().debug("deleted " + file));
        }
    }

    /** {@code path} relative to the module when it lies inside it: shorter log lines. */
    private String shown(Path path) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }
}
