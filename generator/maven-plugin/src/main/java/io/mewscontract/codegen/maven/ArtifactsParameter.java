package io.mewscontract.codegen.maven;

import io.mewscontract.codegen.Artifact;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The {@code generate} parameter: {@code client}, {@code server} or {@code both}, in any case. */
final class ArtifactsParameter {

    private ArtifactsParameter() {}

    /** @throws IllegalArgumentException naming the accepted values */
    static Set<Artifact> parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "client" -> EnumSet.of(Artifact.CLIENT);
            case "server" -> EnumSet.of(Artifact.SERVER);
            case "both" -> EnumSet.allOf(Artifact.class);
            default -> throw new IllegalArgumentException(
                    "generate must be client, server or both, not '" + value + "'");
        };
    }
}
