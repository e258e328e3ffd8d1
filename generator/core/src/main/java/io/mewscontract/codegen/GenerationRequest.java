package io.mewscontract.codegen;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * What to generate.
 *
 * @param spec the OpenAPI file
 * @param outputDirectory the source root to write into (packages become directories below it)
 * @param basePackage the base package {@code P}; generated code goes to {@code P.model}, {@code P.validation},
 *     {@code P.operation}, {@code P.client} and {@code P.server}
 * @param artifacts which parts to generate; the client and server parts refer to the model part in the same
 *     base package, generated in this run or in another artifact (the shared model jar)
 * @param jackson the Jackson line the code is written for (and the runtime binding it compiles against)
 * @param references where the spec's {@code $ref}s may lead; {@link ReferenceScope#SPEC_DIRECTORY} unless chosen
 */
public record GenerationRequest(
        Path spec,
        Path outputDirectory,
        String basePackage,
        Set<Artifact> artifacts,
        JacksonVersion jackson,
        ReferenceScope references) {

    public GenerationRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(jackson, "jackson");
        Objects.requireNonNull(references, "references");
        if (!SourceVersion.isName(basePackage)) {
            throw new IllegalArgumentException("'" + basePackage + "' is not a valid Java package name");
        }
        if (artifacts.isEmpty()) {
            throw new IllegalArgumentException(
                    "Nothing to generate: name at least one of " + EnumSet.allOf(Artifact.class));
        }
        artifacts = Set.copyOf(EnumSet.copyOf(artifacts));
    }

    /** Code for Jackson 2, the default, with references only under the spec's directory. */
    public GenerationRequest(Path spec, Path outputDirectory, String basePackage, Set<Artifact> artifacts) {
        this(spec, outputDirectory, basePackage, artifacts, JacksonVersion.JACKSON_2);
    }

    /** Code for a Jackson line, with references only under the spec's directory. */
    public GenerationRequest(
            Path spec, Path outputDirectory, String basePackage, Set<Artifact> artifacts, JacksonVersion jackson) {
        this(spec, outputDirectory, basePackage, artifacts, jackson, ReferenceScope.SPEC_DIRECTORY);
    }

    /** Everything: model, client and server, for Jackson 2. */
    public static GenerationRequest all(Path spec, Path outputDirectory, String basePackage) {
        return new GenerationRequest(spec, outputDirectory, basePackage, EnumSet.allOf(Artifact.class));
    }

    /** The same request for another Jackson line. */
    public GenerationRequest withJackson(JacksonVersion version) {
        return new GenerationRequest(spec, outputDirectory, basePackage, artifacts, version, references);
    }

    /** The same request with references allowed to lead {@code where}. */
    public GenerationRequest withReferences(ReferenceScope where) {
        return new GenerationRequest(spec, outputDirectory, basePackage, artifacts, jackson, where);
    }
}
