package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reading pages in parallel and sharing the pages two sets have in common changes nothing: the five documents
 * (every rendering, the reference page read last with the others' examples) read as {@link DocumentReader} reads
 * them, each shared page parsed once.
 */
class PageReaderTest {
    private static Map<String, String> pages() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Path file : SourceDocuments.all()) {
            pages.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        return pages;
    }

    @Test
    void parallelReadingReadsWhatTheSerialReadingReads() throws IOException {
        Map<String, String> pages = pages();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Finding> unreadable = new ArrayList<>();
            List<SourceDocument> parallel = new PageReader(pool).parseAll(pages, unreadable::add);

            assertThat(parallel).isEqualTo(DocumentReader.parseAll(pages, unreadable::add));
            assertThat(parallel).extracting(SourceDocument::rendering).contains(Rendering.OPENAPI_REFERENCE);
            assertThat(unreadable).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPageInTwoSetsIsParsedOnceAndAChangedPageAgain() throws IOException {
        Map<String, String> before = pages();
        Map<String, String> after = new LinkedHashMap<>(before);
        String first = after.keySet().iterator().next();
        after.put(first, after.get(first).replace("Unique identifier", "Unique id"));
        AtomicInteger parsed = new AtomicInteger();
        PageReader reader = new PageReader(task -> {
            parsed.incrementAndGet();
            task.run();
        });

        List<SourceDocument> read = reader.parseAll(before, f -> {});
        int references = (int) read.stream()
                .filter(d -> d.rendering() == Rendering.OPENAPI_REFERENCE)
                .count();
        assertThat(parsed).hasValue(before.size() - references);
        List<SourceDocument> again = reader.parseAll(after, f -> {});

        assertThat(parsed).as("only the changed page is parsed again").hasValue(before.size() - references + 1);
        assertThat(again).isEqualTo(DocumentReader.parseAll(after, f -> {}));
        assertThat(again.get(0)).isNotEqualTo(read.get(0));
        assertThat(again.subList(1, again.size())).isEqualTo(read.subList(1, read.size()));
    }

    @Test
    void aPageInNoKnownRenderingIsAFindingAndAParserFailureIsRethrownAsThrown() {
        List<Finding> unreadable = new ArrayList<>();
        PageReader reader = new PageReader(Runnable::run);

        assertThat(reader.parseAll(Map.of("prose.txt", "Just some prose.\n"), unreadable::add))
                .isEmpty();
        assertThat(unreadable).extracting(Finding::code).containsExactly("not-a-connector-page");

        PageReader failing = new PageReader(task -> {
            throw new IllegalStateException("no threads left");
        });
        assertThatThrownBy(() -> failing.parseAll(Map.of("a.md", "# A\n\n| x |\n"), f -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no threads left");
    }
}
