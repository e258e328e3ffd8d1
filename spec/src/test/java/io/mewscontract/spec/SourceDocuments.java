package io.mewscontract.spec;

import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five source documents in {@code spec/docs}, read together (see {@link DocumentReader#readAll}). */
final class SourceDocuments {

    private static List<SourceDocument> cached;

    private SourceDocuments() {
    }

    static synchronized List<SourceDocument> all() {
        if (cached == null) {
            try (Stream<Path> files = Files.list(ProjectPaths.docs())) {
                cached = DocumentReader.readAll(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    /** The id RECONCILIATION.md uses for a document: the number its file name starts with. */
    static String idOf(SourceDocument document) {
        return document.fileName().substring(0, 3);
    }
}
