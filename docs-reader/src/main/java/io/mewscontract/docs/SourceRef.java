package io.mewscontract.docs;

import java.util.Objects;

/**
 * Where a fact comes from: a document and a 1-based line in it. Shared by the reader, the drafter and
 * drift reports, so every consumer names a source the same way ({@code 004_fe88.txt:212}).
 *
 * @param document the document's file name as read
 * @param line 1-based line number, or 0 when the fact is about the whole document
 */
public record SourceRef(String document, int line) implements Comparable<SourceRef> {
    public SourceRef {
        Objects.requireNonNull(document, "document");
    }

    @Override
    public int compareTo(SourceRef other) {
        int byDocument = document.compareTo(other.document);
        return byDocument != 0 ? byDocument : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return line > 0 ? document + ":" + line : document;
    }
}
