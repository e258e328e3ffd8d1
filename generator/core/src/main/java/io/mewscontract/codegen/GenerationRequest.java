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
 * @param artifacts which optional parts to generate; models and validators always are
 */
public record GenerationRequest(Path spec, Path outputDirectory, String basePackage, Set<Artifact> artifacts) {

    public GenerationRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        if (!SourceVersion.isName(basePackage)) {
            throw new IllegalArgumentException("'" + basePackage + "' is not a valid Java package name");
        }
        artifacts = artifacts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(artifacts));
    }

    /** Client and server. */
    public static GenerationRequest all(Path spec, Path outputDirectory, String basePackage) {
        return new GenerationRequest(spec, outputDirectory, basePackage, EnumSet.allOf(Artifact.class));
    }
}
