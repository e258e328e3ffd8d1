package io.mewscontract.docs;

/** Thrown when a document is in none of the renderings the reader understands. */
public final class DocumentFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String message) {
        super(message);
    }
}
