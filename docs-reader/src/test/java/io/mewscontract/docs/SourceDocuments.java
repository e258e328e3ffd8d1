package io.mewscontract.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the five real documents under {@code spec/docs} of the checked-out project. */
final class SourceDocuments {
    private SourceDocuments() {}

    /** The document whose file name starts with {@code prefix}, e.g. {@code "004_"}. */
    static Path path(String prefix) {
        List<Path> matches = all().stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("expected one document starting with " + prefix + ", found " + matches);
        }
        return matches.get(0);
    }

    /** The document whose file name starts with {@code prefix}, read on its own. */
    static SourceDocument read(String prefix) {
        try {
            return DocumentReader.read(path(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All documents in file name order. */
    static List<Path> all() {
        try (Stream<Path> files = Files.list(CheckoutLayout.documents())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
