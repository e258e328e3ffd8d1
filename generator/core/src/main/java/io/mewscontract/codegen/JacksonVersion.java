package io.mewscontract.codegen;

import java.util.Locale;

/**
 * The Jackson line generated code is written for. Models and clients are the same Java either way; what differs is
 * the databind types they name ({@code JsonNode}, {@code @JsonDeserialize}, the union readers' base class) and the
 * runtime binding they compile against. The annotations ({@code com.fasterxml.jackson.annotation}) are shared.
 */
public enum JacksonVersion {
    /** {@code com.fasterxml.jackson}, with {@code io.mewscontract:mews-contract-runtime}. The default. */
    JACKSON_2("2", "io.mewscontract:mews-contract-runtime"),
    /** {@code tools.jackson} (Spring Boot 4), with {@code io.mewscontract:mews-contract-runtime-jackson3}. */
    JACKSON_3("3", "io.mewscontract:mews-contract-runtime-jackson3");

    private final String option;
    private final String runtimeArtifact;

    JacksonVersion(String option, String runtimeArtifact) {
        this.option = option;
        this.runtimeArtifact = runtimeArtifact;
    }

    /** As the CLI and the Maven plugin write it: {@code 2} or {@code 3}. */
    public String option() {
        return option;
    }

    /** The runtime artifact ({@code groupId:artifactId}) code generated for this line compiles against. */
    public String runtimeArtifact() {
        return runtimeArtifact;
    }

    /**
     * {@code 2} or {@code 3} (also {@code jackson2}, {@code jackson3}, any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static JacksonVersion parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        for (JacksonVersion version : values()) {
            if (value.equals(version.option) || value.equals("jackson" + version.option)) {
                return version;
            }
        }
        throw new IllegalArgumentException("Unknown Jackson version '" + text + "': use 2 or 3");
    }
}
