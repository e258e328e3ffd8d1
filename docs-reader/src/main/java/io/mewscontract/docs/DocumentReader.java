package io.mewscontract.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads Connector API documents into {@link SourceDocument}s. The rendering is detected from the
 * content; line endings may be LF or CRLF; files are read as UTF-8.
 *
 * <p>Reference pages ({@link Rendering#OPENAPI_REFERENCE}) do not show where a nested schema ends,
 * so the reader places such properties by the examples it has (see {@link SourceDocument#notes()}
 * for every placement it had to guess). {@link #readAll(Collection)} lets a reference page use the
 * examples of the same operations from the other documents read with it, which settles placements
 * a single page cannot.
 */
public final class DocumentReader {
    private static final Map<Rendering, RenderingParser> PARSERS = Map.of(
            Rendering.GITBOOK_EXPORT, new GitBookExportParser(),
            Rendering.OPENAPI_REFERENCE, new OpenApiReferenceParser(),
            Rendering.MARKDOWN, new MarkdownSourceParser());

    private DocumentReader() {}

    /**
     * Reads one document on its own.
     *
     * @throws IOException when the file cannot be read
     * @throws DocumentFormatException when the content is in none of the known renderings
     */
    public static SourceDocument read(Path file) throws IOException {
        return parse(fileNameOf(file), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads a document given as text, e.g. a synthetic document in a test.
     *
     * @param fileName the name to report the document under
     * @throws DocumentFormatException when the content is in none of the known renderings
     */
    public static SourceDocument parse(String fileName, String content) {
        return parse(fileName, content, ExampleEvidence.NONE);
    }

    /**
     * Reads several documents of the same API, in the given order. Reference pages are read last,
     * with the valid examples of every other document as evidence for placing nested properties.
     *
     * @throws IOException when a file cannot be read
     * @throws DocumentFormatException when a file's content is in none of the known renderings
     */
    public static List<SourceDocument> readAll(Collection<Path> files) throws IOException {
        List<PageReader.Page> pages = new ArrayList<>();
        for (Path file : files) {
            pages.add(new PageReader.Page(fileNameOf(file), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return new PageReader(Runnable::run).read(pages, (page, e) -> {
            throw e;
        });
    }

    /**
     * Reads several documents given as text, like {@link #readAll(Collection)}, but never fails on one
     * page: a page in no known rendering is reported to {@code unreadable} (as an error finding with the
     * page's name) and left out, and the other pages are read.
     *
     * @param pages page name to content, in reading order
     */
    public static List<SourceDocument> parseAll(Map<String, String> pages, Consumer<Finding> unreadable) {
        return new PageReader(Runnable::run).parseAll(pages, unreadable);
    }

    /** The parser of a rendering. */
    static RenderingParser parser(Rendering rendering) {
        return PARSERS.get(rendering);
    }

    static SourceDocument parse(String fileName, String content, ExampleEvidence evidence) {
        DocumentText text = DocumentText.of(content);
        Rendering rendering = RenderingDetector.detect(fileName, text);
        return PARSERS.get(rendering).parse(fileName, text, evidence);
    }

    private static String fileNameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
