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
 * @param references where the spec's {@code $ref}s may lead; {@link ReferenceScope#SPEC_DIRECTORY} unless chosen
 */
public record GenerationRequest(Path spec, Path outputDirectory, String basePackage, Set<Artifact> artifacts,
        ReferenceScope references) {

    public GenerationRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(references, "references");
        if (!SourceVersion.isName(basePackage)) {
            throw new IllegalArgumentException("'" + basePackage + "' is not a valid Java package name");
        }
        if (artifacts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to generate: name at least one of " + EnumSet.allOf(Artifact.class));
        }
        artifacts = Set.copyOf(EnumSet.copyOf(artifacts));
    }

    /** References only under the spec's directory (the default). */
    public GenerationRequest(Path spec, Path outputDirectory, String basePackage, Set<Artifact> artifacts) {
        this(spec, outputDirectory, basePackage, artifacts, ReferenceScope.SPEC_DIRECTORY);
    }

    /** The same request with references allowed to lead {@code where}. */
    public GenerationRequest withReferences(ReferenceScope where) {
        return new GenerationRequest(spec, outputDirectory, basePackage, artifacts, where);
    }

    /** Everything: model, client and server. */
    public static GenerationRequest all(Path spec, Path outputDirectory, String basePackage) {
        return new GenerationRequest(spec, outputDirectory, basePackage, EnumSet.allOf(Artifact.class));
    }
}
