package io.mewscontract.docs;

import java.util.Objects;

/**
 * Something the reader had to guess while reading a document, so that a consumer can tell a fact
 * the document states from one the reader inferred.
 *
 * @param line 1-based line number the note is about
 * @param message what was guessed and why
 */
public record ReadingNote(int line, String message) {
    public ReadingNote {
        Objects.requireNonNull(message, "message");
    }
}
