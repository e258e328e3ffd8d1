package io.mewscontract.conformance.checks;

import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The source documents of a directory (e.g. {@code spec/docs}), and the ids RECONCILIATION.md gives them. */
public final class DocumentSet {

    private DocumentSet() {}

    /**
     * Reads every {@code .txt} document of a directory, in file-name order, together (see
     * {@link DocumentReader#readAll}: a reference page uses the other documents' examples).
     */
    public static List<SourceDocument> read(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return DocumentReader.readAll(
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
    }

    /** The id RECONCILIATION.md uses for a document: the number its file name starts with ({@code 004}). */
    public static String idOf(SourceDocument document) {
        String name = document.fileName();
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? name : name.substring(0, end);
    }
}
