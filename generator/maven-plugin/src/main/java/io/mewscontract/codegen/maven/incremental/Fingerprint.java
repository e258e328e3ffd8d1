package io.mewscontract.codegen.maven.incremental;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.ir.ApiModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * A SHA-256 over everything that decides the generated files.
 *
 * <p>The resolved spec enters as the core's model: its records print every fact the emitters read, in spec
 * order, so equal models print equal text. Formatting, comments and key order in the YAML do not change the
 * model, and so do not cost a regeneration.
 *
 * @param hex the digest, lower-case hexadecimal
 */
public record Fingerprint(String hex) {

    /** Bump when what goes into the digest changes, so older states stop matching. */
    private static final String SCHEME = "mews-codegen fingerprint 1";

    /** The fingerprint of a run: the resolved spec, the request, the generator. */
    public static Fingerprint of(ApiModel model, GenerationRequest request, GeneratorIdentity generator) {
        return digestOf(SCHEME + settings(request, generator) + "\nmodel " + model);
    }

    /**
     * The fingerprint of a run's inputs as bytes: the spec's files ({@link SpecInputs}), the request, the
     * generator. Equal input fingerprints imply equal {@linkplain #of resolved fingerprints}, not the reverse.
     */
    static Fingerprint ofInputs(String specFilesDigest, GenerationRequest request, GeneratorIdentity generator) {
        return digestOf(SCHEME + " (inputs)" + settings(request, generator) + "\nspec files " + specFilesDigest);
    }

    private static String settings(GenerationRequest request, GeneratorIdentity generator) {
        String artifacts =
                request.artifacts().stream().map(Artifact::name).sorted().collect(Collectors.joining(","));
        return "\ngenerator " + generator.version() + " " + generator.codeDigest()
                + "\npackage " + request.basePackage()
                + "\nartifacts " + artifacts
                + "\njackson " + request.jackson().option()
                + "\noutput " + request.outputDirectory().toAbsolutePath().normalize();
    }

    private static Fingerprint digestOf(String text) {
        return new Fingerprint(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first eight hex digits, enough to tell fingerprints apart in a log line. */
    public String shortForm() {
        return hex.substring(0, Math.min(8, hex.length()));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }
}
