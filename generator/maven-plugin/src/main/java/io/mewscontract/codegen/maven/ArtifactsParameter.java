package io.mewscontract.codegen.maven;

import io.mewscontract.codegen.Artifact;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code generate} parameter: a comma-separated list of {@code model}, {@code client} and {@code server}, in
 * any case; {@code all} (or {@code both}, its older name) is all three.
 */
final class ArtifactsParameter {

    private ArtifactsParameter() {}

    /** @throws IllegalArgumentException naming the accepted values */
    static Set<Artifact> parse(String value) {
        Set<Artifact> artifacts = EnumSet.noneOf(Artifact.class);
        for (String part : value.split(",", -1)) {
            switch (part.strip().toLowerCase(Locale.ROOT)) {
                case "model" -> artifacts.add(Artifact.MODEL);
                case "client" -> artifacts.add(Artifact.CLIENT);
                case "server" -> artifacts.add(Artifact.SERVER);
                case "all", "both" -> artifacts.addAll(EnumSet.allOf(Artifact.class));
                default ->
                    throw new IllegalArgumentException("generate must be a comma-separated list of model, "
                            + "client and server, or all; not '" + value + "'");
            }
        }
        return artifacts;
    }
}
