package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads sets of pages like {@link DocumentReader#parseAll(Map, Consumer)}, each page as a task of an
 * {@link Executor} (pages are independent until the reference pages, which are read last with the examples of
 * the others), and each page only once however many sets it is part of: a drift run reads the pages as they
 * are now and the pages the spec was reconciled with, which differ in a page or two. A page is the same page
 * when its name and its text are the same; parsing is a function of both, so sharing it changes nothing
 * (reference pages also depend on the other pages read with them and are never shared).
 *
 * <p>Thread-safe. The documents are immutable records; their JSON examples are Jackson trees that readers must
 * not modify (no reader does).
 */
public final class PageReader {
    private final Executor executor;
    private final ConcurrentMap<Page, CompletableFuture<SourceDocument>> parsed = new ConcurrentHashMap<>();

    /** Parses on {@code executor} ({@code Runnable::run}: in the calling thread). */
    public PageReader(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** A page to read: its name (links name pages by it) and its text. */
    record Page(String name, String content) {}

    /**
     * Reads one set of pages; see {@link DocumentReader#parseAll(Map, Consumer)}.
     *
     * @param pages page name to content, in reading order
     * @param unreadable receives, in the calling thread, an error finding for each page in no known rendering
     */
    public List<SourceDocument> parseAll(Map<String, String> pages, Consumer<Finding> unreadable) {
        List<Page> list = new ArrayList<>();
        pages.forEach((name, content) -> list.add(new Page(name, content)));
        return read(
                list,
                (page, e) -> unreadable.accept(Finding.error(
                        page.name(),
                        0,
                        "not-a-connector-page",
                        e.getMessage().replaceFirst("^" + Pattern.quote(page.name()) + ": ", ""))));
    }

    /**
     * Reads one set of pages, in order; pages of the same name (files of one name in different folders) stay
     * apart. A page in no known rendering goes to {@code unreadable}, which may throw to end the reading, and is
     * left out.
     */
    List<SourceDocument> read(List<Page> pages, BiConsumer<Page, DocumentFormatException> unreadable) {
        List<String> names = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        List<DocumentText> texts = new ArrayList<>();
        List<Rendering> renderings = new ArrayList<>();
        for (Page page : pages) {
            DocumentText text = DocumentText.of(page.content());
            try {
                renderings.add(RenderingDetector.detect(page.name(), text));
                names.add(page.name());
                contents.add(page.content());
                texts.add(text);
            } catch (DocumentFormatException e) {
                unreadable.accept(page, e);
            }
        }
        Map<Integer, CompletableFuture<SourceDocument>> reading = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Rendering rendering = renderings.get(i);
            if (rendering == Rendering.OPENAPI_REFERENCE) {
                continue;
            }
            String name = names.get(i);
            DocumentText text = texts.get(i);
            reading.put(
                    i,
                    parsed.computeIfAbsent(
                            new Page(name, contents.get(i)),
                            page -> CompletableFuture.supplyAsync(
                                    () -> DocumentReader.parser(rendering).parse(name, text, ExampleEvidence.NONE),
                                    executor)));
        }
        SourceDocument[] documents = new SourceDocument[names.size()];
        List<SourceDocument> others = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            CompletableFuture<SourceDocument> document = reading.get(i);
            if (document != null) {
                documents[i] = joined(document);
                others.add(documents[i]);
            }
        }
        ExampleEvidence evidence = ExampleEvidence.from(others);
        for (int i = 0; i < names.size(); i++) {
            if (documents[i] == null) {
                documents[i] = DocumentReader.parser(renderings.get(i)).parse(names.get(i), texts.get(i), evidence);
            }
        }
        return List.of(documents);
    }

    /** The parsed page; a parser's failure is rethrown as it was thrown, as if the page had been read here. */
    private static SourceDocument joined(CompletableFuture<SourceDocument> document) {
        try {
            return document.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }
}
