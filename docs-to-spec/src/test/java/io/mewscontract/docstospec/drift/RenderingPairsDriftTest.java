package io.mewscontract.docstospec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docstospec.corpus.SyntheticCorpus;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No drift for a page that says the same thing in another rendering: the spec is drafted from the pages in one
 * rendering, drift reads the same pages in another, and finds nothing. Each pair both ways.
 */
class RenderingPairsDriftTest {
    @TempDir
    Path dir;

    private static Path pages(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RenderingPairsDriftTest.class.getResource("/pages/" + name))
                .toURI());
    }

    /** The pages of {@code from} written to a new directory, each through {@code render}. */
    private Path rendered(Path from, String into, UnaryOperator<String> render, String extension) throws IOException {
        Path out = Files.createDirectories(dir.resolve(into));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.[a-z]+$", extension);
                Files.writeString(out.resolve(name), render.apply(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** The spec drafted from {@code specPages}, written to a file. */
    private Path spec(Path specPages) throws IOException {
        return Files.writeString(
                dir.resolve("spec-" + specPages.getFileName() + ".yaml"),
                OpenApiFiles.yaml(Drafter.draft(List.of(specPages)).openApi()));
    }

    private List<String> drift(Path specPages, Path nowPages) throws Exception {
        Path spec = spec(specPages);
        return DriftRun.run(new DriftRun.Request(spec, null, List.of(nowPages), List.of()), DocsPagesDrafter.INSTANCE)
                .findings()
                .stream()
                .map(f -> f.kind() + " " + f.element() + " " + f.pointer())
                .toList();
    }

    @Test
    void theGizmosPageInMarkdownAndAsAGitBookExportHaveNoDrift() throws Exception {
        Path markdown = pages("rules");
        Path gitbook = pages("rules-gitbook");

        assertThat(drift(markdown, gitbook)).isEmpty();
        assertThat(drift(gitbook, markdown)).isEmpty();
    }

    @Test
    void theWidgetsPagesInMarkdownAndAsAGitBookExportHaveNoDrift() throws Exception {
        Path markdown = pages("widgets");
        Path gitbook = rendered(markdown, "widgets-gitbook-export", GitBookExport::of, ".txt");
        assertThat(Files.readString(gitbook.resolve("widgets.txt")))
                .as("the export dropped the link cells and printed their texts at the page's end")
                .contains("\nUpdatedUtc\n\noptional, max length 3 months\n", "\nLast updated 2 months ago\n")
                .contains("\narray of\nWidget\n", "\nstring\nHybrid identifier\n", "\nBool update value\n")
                .doesNotContain("](", "| ", "```", "#### ");

        assertThat(drift(markdown, gitbook)).isEmpty();
        assertThat(drift(gitbook, markdown)).isEmpty();
    }

    @Test
    void theWidgetsPagesInMarkdownAndAsReferencePagesRenderedFromAnOpenApiFileHaveNoDrift() throws Exception {
        Path markdown = pages("widgets");
        Path reference = pages("widgets-reference");
        assertThat(Files.readString(reference.resolve("widgets-getall.txt")))
                .as("the other rendering: 001's forms and the ones ReferenceForms assumes")
                .contains("\nPOST\n/api/connector/v1/widgets/getAll\nDeprecated\n", "\nnumber format: double\n")
                .contains("\nAllowed values:\n\"Draft\" - Being prepared.\n", "\nAdditional properties: string\n")
                .contains("\nOne of\nWidget text label\nobject\n", "\n<= 500 characters\nnullable\n")
                .doesNotContain("](", "| ", "```", "#### ");

        assertThat(drift(markdown, reference)).isEmpty();
        assertThat(drift(reference, markdown)).isEmpty();
        // Against the markdown as the baseline, the descriptions too agree but for two objects one rendering
        // defines without a description and the other not at all (docs/docs-to-spec.md).
        assertThat(DriftRun.run(
                                new DriftRun.Request(spec(markdown), null, List.of(reference), List.of(markdown)),
                                DocsPagesDrafter.INSTANCE)
                        .findings()
                        .stream()
                        .map(f -> f.kind() + " " + f.element())
                        .toList())
                .containsExactlyInAnyOrder("DESCRIPTION_ONLY LocalizedText", "DESCRIPTION_ONLY NumberUpdateValue");
    }

    @Test
    void negativeControlTheReferencePageWithOneChangeIsExactlyThatDrift() throws Exception {
        Path markdown = pages("widgets");
        Path newValue = edited("reference-new-value", "\"Retired\"\n", "\"Retired\"\n\"Recycled\"\n");
        Path nullable = edited(
                "reference-nullable", "integer format: int32\nStartDate", "integer format: int32\nnullable\nStartDate");

        assertThat(drift(markdown, newValue)).singleElement().asString().startsWith("NEW_ENUM_VALUE WidgetState");
        assertThat(drift(markdown, nullable)).singleElement().asString().startsWith("NULLABILITY Widget.Count");
    }

    /** The reference pages with one edit in the getAll page. */
    private Path edited(String into, String from, String to) throws IOException, URISyntaxException {
        Path reference = pages("widgets-reference");
        Path out = Files.createDirectories(dir.resolve(into));
        try (Stream<Path> files = Files.list(reference)) {
            for (Path file : files.toList()) {
                Files.copy(file, out.resolve(file.getFileName().toString()));
            }
        }
        Path page = out.resolve("widgets-getall.txt");
        String text = Files.readString(page);
        assertThat(text).as("the edit applies once").containsOnlyOnce(from);
        Files.writeString(page, text.replace(from, to));
        return out;
    }

    @Test
    void theWidgetsPagesInTheOlderMarkdownStyleHaveNoDrift() throws Exception {
        Path markdown = pages("widgets");
        Path older = rendered(markdown, "widgets-older", RenderingPairsDriftTest::olderMarkdownStyle, ".md");
        assertThat(Files.readString(older.resolve("widgets.md")))
                .as("the other rendering")
                .contains("| --- |", "max 500 characters", "- `Small`", "Price (gross and net) of")
                .doesNotContain("AUTOMATICALLY GENERATED", "| :-- |", "max length 500");

        assertThat(drift(markdown, older)).isEmpty();
        assertThat(drift(older, markdown)).isEmpty();
    }

    @Test
    void theOrchardsPagesInTheOlderMarkdownStyleHaveNoDrift() throws Exception {
        Path markdown = pages("orchards");
        Path older = rendered(markdown, "orchards-older", RenderingPairsDriftTest::olderMarkdownStyle, ".md");
        assertThat(Files.readString(older.resolve("trees.md"))).contains("- `Cherry`", "| --- |");

        assertThat(drift(markdown, older)).isEmpty();
        assertThat(drift(older, markdown)).isEmpty();
    }

    @Test
    void theSyntheticCorpusOfEightyPagesInTheOlderMarkdownStyleHasNoDrift() throws Exception {
        Path markdown = Files.createDirectories(dir.resolve("corpus"));
        SyntheticCorpus.write(markdown, 80, 1);
        Path older = rendered(markdown, "corpus-older", RenderingPairsDriftTest::olderMarkdownStyle, ".md");
        try (Stream<Path> files = Files.list(older)) {
            assertThat(files.filter(f -> f.toString().endsWith(".md")).count()).isEqualTo(80);
        }
        assertThat(Files.readString(older.resolve("_objects.md")))
                .contains("| --- |")
                .doesNotContain("| :-- |");

        assertThat(drift(markdown, older)).isEmpty();
    }

    /**
     * The same page as older pages write it (CONNECTOR-DOC-FORMS.md): no generated comment, {@code ---} separator
     * rows, {@code max N characters} without "length", {@code -} bullets, parentheses in cells not escaped.
     */
    private static String olderMarkdownStyle(String page) {
        return page.replace("<!-- AUTOMATICALLY GENERATED, DO NOT MODIFY -->\n", "")
                .replace("| :-- ", "| --- ")
                .replace(":-- |", "--- |")
                .replaceAll("max length (\\d+) characters", "max $1 characters")
                .replaceAll("(?m)^\\* `", "- `")
                .replace("\\(", "(")
                .replace("\\)", ")");
    }

    @Test
    void negativeControlTheOtherRenderingWithOneChangeIsDrift() throws Exception {
        Path markdown = pages("widgets");
        Path older = rendered(
                markdown,
                "widgets-older-edited",
                page -> olderMarkdownStyle(page.replace("* `Retired`", "* `Retired`\n* `Recycled`")),
                ".md");
        Path gitbook = Files.createDirectories(dir.resolve("gizmos-gitbook-edited"));
        Files.writeString(
                gitbook.resolve("gizmos.txt"),
                Files.readString(pages("rules-gitbook").resolve("gizmos.txt"))
                        .replace("Mutually exclusive with RetiredOnly.", "Only active ones."));

        assertThat(drift(markdown, older)).singleElement().asString().startsWith("NEW_ENUM_VALUE WidgetState");
        assertThat(drift(pages("rules"), gitbook)).singleElement().asString().startsWith("CONSTRAINT");
    }
}
