package io.mewscontract.docstospec.decisions;

/** The decisions file is not a usable overlay: names the file and the action. */
public final class DecisionFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public DecisionFormatException(String message) {
        super(message, null, false, false);
    }
}
