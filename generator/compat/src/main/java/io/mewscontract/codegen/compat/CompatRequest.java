package io.mewscontract.codegen.compat;

import io.mewscontract.codegen.Artifact;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to compare.
 *
 * @param oldSpec the spec of the last release
 * @param newSpec the spec about to be released
 * @param oldLabel how reports name the old spec (a file, or Maven coordinates)
 * @param newLabel how reports name the new spec
 * @param artifacts the generated parts whose Java API counts (a client module ignores server interfaces)
 */
public record CompatRequest(Path oldSpec, Path newSpec, String oldLabel, String newLabel, Set<Artifact> artifacts) {

    public CompatRequest {
        Objects.requireNonNull(oldSpec, "oldSpec");
        Objects.requireNonNull(newSpec, "newSpec");
        artifacts = artifacts.isEmpty() ? Set.copyOf(EnumSet.allOf(Artifact.class)) : Set.copyOf(artifacts);
    }

    /** Both files, every generated part. */
    public static CompatRequest of(Path oldSpec, Path newSpec) {
        return new CompatRequest(oldSpec, newSpec, oldSpec.toString(), newSpec.toString(), Set.of());
    }
}
