package io.mewscontract.codegen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.load.SpecLoader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    private static final GeneratorIdentity GENERATOR = new GeneratorIdentity("1.0.0", "c0de");

    @TempDir
    Path temp;

    private Path spec;
    private Path output;

    @BeforeEach
    void copySpec() throws Exception {
        spec = SpecFixture.copyInto(temp.resolve("spec"));
        output = temp.resolve("out");
    }

    @Test
    void theSameInputsGiveTheSameFingerprint() throws Exception {
        assertThat(fingerprint(request("com.example", Artifact.CLIENT), GENERATOR))
                .isEqualTo(fingerprint(request("com.example", Artifact.CLIENT), GENERATOR));
    }

    @Test
    void formattingAndCommentsInTheSpecDoNotCount() throws Exception {
        Fingerprint before = fingerprint(request("com.example", Artifact.CLIENT), GENERATOR);
        SpecFixture.replace(
                spec.resolveSibling(SpecFixture.REFERENCED),
                "components:\n",
                "# A comment the model does not keep.\n\ncomponents:\n");
        SpecFixture.replace(
                spec,
                "required: [ClientToken, AccessToken, Client]",
                "required:\n        - ClientToken\n        - AccessToken\n        - Client");

        assertThat(fingerprint(request("com.example", Artifact.CLIENT), GENERATOR))
                .isEqualTo(before);
    }

    @Test
    void aChangeInAReferencedFileCounts() throws Exception {
        Fingerprint before = fingerprint(request("com.example", Artifact.CLIENT), GENERATOR);
        SpecFixture.replace(
                spec.resolveSibling(SpecFixture.REFERENCED),
                "        Currency:\n          type: string\n",
                "        Currency:\n          type: string\n          minLength: 3\n");

        assertThat(fingerprint(request("com.example", Artifact.CLIENT), GENERATOR))
                .isNotEqualTo(before);
    }

    @Test
    void eachParameterAndTheGeneratorCount() throws Exception {
        Fingerprint base = fingerprint(request("com.example", Artifact.CLIENT), GENERATOR);

        assertThat(fingerprint(request("com.example.other", Artifact.CLIENT), GENERATOR))
                .isNotEqualTo(base);
        assertThat(fingerprint(request("com.example", Artifact.SERVER), GENERATOR))
                .isNotEqualTo(base);
        assertThat(fingerprint(request("com.example", Artifact.CLIENT, Artifact.SERVER), GENERATOR))
                .isNotEqualTo(base);
        assertThat(fingerprint(
                        new GenerationRequest(spec, temp.resolve("elsewhere"), "com.example", Set.of(Artifact.CLIENT)),
                        GENERATOR))
                .isNotEqualTo(base);
        assertThat(fingerprint(
                        request("com.example", Artifact.CLIENT)
                                .withJackson(io.mewscontract.codegen.JacksonVersion.JACKSON_3),
                        GENERATOR))
                .isNotEqualTo(base);
        assertThat(fingerprint(
                        request("com.example", Artifact.CLIENT)
                                .withJackson(io.mewscontract.codegen.JacksonVersion.JACKSON_2),
                        GENERATOR))
                .isEqualTo(base);
        assertThat(fingerprint(request("com.example", Artifact.CLIENT), new GeneratorIdentity("1.0.1", "c0de")))
                .isNotEqualTo(base);
        assertThat(fingerprint(request("com.example", Artifact.CLIENT), new GeneratorIdentity("1.0.0", "c0df")))
                .isNotEqualTo(base);
    }

    @Test
    void theDigestIsSha256InHexAndShortensToEightDigits() throws Exception {
        Fingerprint fingerprint = fingerprint(request("com.example", Artifact.CLIENT), GENERATOR);

        assertThat(fingerprint.hex()).matches("[0-9a-f]{64}");
        assertThat(fingerprint.shortForm()).isEqualTo(fingerprint.hex().substring(0, 8));
    }

    private GenerationRequest request(String basePackage, Artifact first, Artifact... rest) {
        return new GenerationRequest(spec, output, basePackage, EnumSet.of(first, rest));
    }

    private Fingerprint fingerprint(GenerationRequest request, GeneratorIdentity generator) throws Exception {
        ApiModel model = new SpecLoader().load(request.spec());
        return Fingerprint.of(model, request, generator);
    }
}
