package io.mewscontract.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.JacksonVersion;
import io.mewscontract.codegen.scale.SyntheticSpec;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.testing.SpecSnippets;
import io.mewscontract.codegen.write.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code keeps the project's style limit of {@value #LIMIT} columns (palantir-java-format's), without
 * running a formatter over it (formatting a 50x spec would take longer than generating it): the emitters wrap
 * (JavaPoet's {@code $W}, string literals split with {@code +}, Javadoc wrapped at the limit). Checked on every
 * spec the generator has a fixture for, the curated spec, ten synthetic copies of the constructs fixture (longer
 * names) and a spec of very long names, descriptions, enum values and patterns.
 */
class LineLengthTest {

    static final int LIMIT = 120;

    @TempDir
    static Path directory;

    @Test
    void everyFixtureGeneratesLinesWithinTheLimit() throws Exception {
        List<String> tooLong = new ArrayList<>(tooLong(FixtureOutput.files()));
        for (String fixture : List.of("constructs.yaml", "openapi-31.yaml", "union-requests.yaml")) {
            tooLong.addAll(tooLong(render(ProjectPaths.testResource("fixtures/constructs/" + fixture))));
        }
        tooLong.addAll(tooLong(new CodeGenerator("test")
                .render(GenerationRequest.all(
                                ProjectPaths.testResource("fixtures/constructs/constructs.yaml"),
                                Path.of("unused"),
                                "com.example.jackson3")
                        .withJackson(JacksonVersion.JACKSON_3))));
        assertThat(tooLong).isEmpty();
    }

    @Test
    void theCuratedSpecAndTenSyntheticCopiesGenerateLinesWithinTheLimit() throws Exception {
        String template = Files.readString(ProjectPaths.testResource("fixtures/constructs/constructs.yaml"));
        Path synthetic =
                Files.writeString(directory.resolve("synthetic-10x.yaml"), SyntheticSpec.generate(template, 10));
        List<String> tooLong = new ArrayList<>(tooLong(render(ProjectPaths.realSpec())));
        tooLong.addAll(tooLong(render(synthetic)));
        assertThat(tooLong).isEmpty();
    }

    @Test
    void veryLongNamesDescriptionsAndValuesAreWrapped() throws Exception {
        assertThat(tooLong(render(HostileLengths.write(directory)))).isEmpty();
    }

    @Test
    void aLineOfOneColumnTooManyIsFound() {
        String line = "x".repeat(LIMIT);
        GeneratedFile file =
                new GeneratedFile("A.java", (line + "\n" + line + "y\n").getBytes(StandardCharsets.UTF_8), "test");

        assertThat(tooLong(List.of(file))).containsExactly("A.java:2 (121 columns): " + line + "y");
    }

    private static List<GeneratedFile> render(Path spec) throws Exception {
        return new CodeGenerator("test").render(GenerationRequest.all(spec, Path.of("unused"), "com.example.lines"));
    }

    /** Each line longer than the limit, as {@code path:line (columns): text}. */
    static List<String> tooLong(List<GeneratedFile> files) {
        List<String> found = new ArrayList<>();
        for (GeneratedFile file : files) {
            String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int columns = lines[i].codePointCount(0, lines[i].length());
                if (columns > LIMIT) {
                    found.add(file.relativePath() + ":" + (i + 1) + " (" + columns + " columns): " + lines[i]);
                }
            }
        }
        return found;
    }

    /**
     * A spec of long names and texts over the snippet base spec: a resource group, types and properties named with
     * 35 characters (longer than any name of the Connector API), an enum value of 50, and descriptions, a pattern and
     * an example holding a 90-character word without a space (a URL). No wrap breaks an identifier or a word, so a
     * single token that fills a line on its own would stay too long (as it would under a formatter).
     */
    static final class HostileLengths {
        private HostileLengths() {}

        static Path write(Path directory) throws Exception {
            String longName = "Extraordinarily" + "Long".repeat(4) + "Name"; // 35 characters
            String longWord = "https://widgets.example.com/" + "w".repeat(62); // 90 characters, no space
            String longValue = "VALUE_" + "X".repeat(44); // 50 characters
            String sentence = "A description that goes on and on ".repeat(12);
            String spec = Files.readString(SpecSnippets.BASE, StandardCharsets.UTF_8);
            spec = edit(spec, "/things/getAll:", "/things" + longName + "/getAll:");
            spec = edit(spec, """
                                Ids:
                                  type: array
                    """, """
                                %1$sIds:
                                  type: array
                                  description: "%2$s %3$s"
                                  maxItems: 1000000000
                                  items:
                                    type: string
                                    format: uuid
                                %1$sFrom:
                                  type: string
                                  format: date-time
                                Ids:
                                  type: array
                    """.formatted(longName, sentence, longWord));
            spec = edit(spec, """
                        Thing:
                          type: object
                          properties:
                            Id:
                              type: string
                              format: uuid
                    """, """
                        Thing:
                          type: object
                          description: "%2$s %3$s"
                          required: [%1$s, Kind]
                          properties:
                            Id:
                              type: string
                              format: uuid
                            %1$s:
                              type: string
                              description: "%3$s %2$s"
                              maxLength: 1000000000
                              pattern: "^%2$s$"
                              example: "%2$s"
                            Kind:
                              $ref: '#/components/schemas/%1$sKind'
                            Texts:
                              type: object
                              additionalProperties:
                                $ref: '#/components/schemas/%1$sKind'
                        %1$sKind:
                          type: string
                          x-mews-open-enum: true
                          description: "%3$s"
                          enum: [%4$s, Other]
                          x-mews-enum-descriptions:
                            %4$s: "%3$s %2$s"
                    """.formatted(longName, longWord, sentence, longValue));
            return Files.writeString(directory.resolve("long-lines.yaml"), spec, StandardCharsets.UTF_8);
        }

        private static String edit(String spec, String replace, String with) {
            assertThat(spec).contains(replace);
            return spec.replace(replace, with);
        }
    }
}
