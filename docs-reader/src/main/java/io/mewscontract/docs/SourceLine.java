package io.mewscontract.docs;

import java.util.Objects;

/**
 * One line of a source document.
 *
 * @param line 1-based line number in the document
 * @param text the line without its line terminator and surrounding whitespace
 */
public record SourceLine(int line, String text) {
    public SourceLine {
        Objects.requireNonNull(text, "text");
    }
}
