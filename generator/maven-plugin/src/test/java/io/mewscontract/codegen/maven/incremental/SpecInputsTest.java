package io.mewscontract.codegen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecInputsTest {

    @TempDir
    Path temp;

    @Test
    void touchingAFileKeepsTheDigest() throws Exception {
        Path spec = SpecFixture.copyInto(temp);
        String before = SpecInputs.digest(spec).orElseThrow();

        Files.setLastModifiedTime(
                spec.resolveSibling(SpecFixture.REFERENCED),
                FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(SpecInputs.digest(spec)).contains(before);
    }

    @Test
    void aByteChangedInAReferencedFileChangesTheDigest() throws Exception {
        Path spec = SpecFixture.copyInto(temp);
        String before = SpecInputs.digest(spec).orElseThrow();

        SpecFixture.replace(spec.resolveSibling(SpecFixture.REFERENCED), "Currency", "Currencies");

        assertThat(SpecInputs.digest(spec)).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void referencesAreFollowedInEveryStyleAndAcrossFiles() throws Exception {
        Path spec = write("api.yaml", """
                a:
                  $ref: 'one.yaml#/A'
                b: {$ref: "two.json"}
                c:
                  - $ref: sub/three.yaml # a comment
                d: { x: 1, "$ref": 'four.yaml' }
                e:
                  $ref: '#/components/schemas/Local'
                """);
        write("one.yaml", "x: 1");
        write("two.json", "{\"a\": {\"$ref\": \"sub/five.yaml\"}}");
        write("sub/three.yaml", "y:\n  $ref: '../six.yaml'");
        write("four.yaml", "z: 1");
        write("sub/five.yaml", "w: 1");
        write("six.yaml", "v: 1");
        String before = SpecInputs.digest(spec).orElseThrow();

        for (String file :
                new String[] {"one.yaml", "two.json", "sub/three.yaml", "four.yaml", "sub/five.yaml", "six.yaml"}) {
            Path path = temp.resolve(file);
            String content = Files.readString(path);
            Files.writeString(path, content + "\n# changed\n");
            assertThat(SpecInputs.digest(spec)).as(file).isPresent().get().isNotEqualTo(before);
            Files.writeString(path, content);
        }
        assertThat(SpecInputs.digest(spec)).contains(before);
    }

    @Test
    void aMissingReferencedFileCountsWhenItAppears() throws Exception {
        Path spec = write("api.yaml", "a:\n  $ref: 'later.yaml'\n");
        String before = SpecInputs.digest(spec).orElseThrow();

        write("later.yaml", "x: 1");

        assertThat(SpecInputs.digest(spec)).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void referencesTheScanCannotReadWithCertaintyGiveNoDigest() throws Exception {
        assertThat(digestOf("a:\n  $ref: 'https://example.com/api.yaml'\n"))
                .as("remote")
                .isEmpty();
        assertThat(digestOf("a:\n  $ref:\n    'split.yaml'\n"))
                .as("value on the next line")
                .isEmpty();
        assertThat(digestOf("a:\n  $ref: \"esc\\u0061ped.yaml\"\n"))
                .as("escape in the value")
                .isEmpty();
        assertThat(digestOf("a:\n  \"\\u0024ref\": 'x.yaml'\n"))
                .as("escaped key")
                .isEmpty();
        assertThat(digestOf("a:\n  $ref: my%20file.yaml\n"))
                .as("percent-encoded")
                .isEmpty();
        assertThat(digestOf("a:\n  $ref: *alias\n")).as("alias").isEmpty();
        assertThat(digestOf("a:\n  $ref: 'it''s.yaml'\n"))
                .as("quote in a single-quoted value")
                .isEmpty();
    }

    @Test
    void theWordRefInsideATextIsNoReference() throws Exception {
        assertThat(digestOf("description: Use a $ref: to point elsewhere.\n")).isPresent();
    }

    private Optional<String> digestOf(String text) throws IOException {
        return SpecInputs.digest(write("api.yaml", text));
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
