package io.mewscontract.docs;

import java.util.Objects;

/**
 * A defect or notable fact found in the pages: a page that is not a Connector API document, a table
 * missing a column, a broken link target, an invalid JSON example, two pages defining one object
 * differently. Findings never stop a run; the rest of the pages are still read and drafted.
 *
 * @param source where the finding is, document and line
 * @param severity how much it matters to the run
 * @param code a stable, machine-readable kind, e.g. {@code invalid-example}, for tests and tooling
 * @param message what was found, for a person, without the location
 */
public record Finding(SourceRef source, Severity severity, String code, String message) {

    /** How much a finding matters. */
    public enum Severity {
        /** The input is bad: a page or part of it could not be used at all. */
        ERROR,
        /** The page is used, but something in it is defective or contradictory. */
        WARNING,
        /** Worth knowing, nothing wrong: e.g. an index page that holds no operation. */
        NOTE
    }

    public Finding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(String document, int line, String code, String message) {
        return new Finding(new SourceRef(document, line), Severity.ERROR, code, message);
    }

    public static Finding warning(String document, int line, String code, String message) {
        return new Finding(new SourceRef(document, line), Severity.WARNING, code, message);
    }

    public static Finding note(String document, int line, String code, String message) {
        return new Finding(new SourceRef(document, line), Severity.NOTE, code, message);
    }

    /** {@code document:line: severity code: message}, the form printed on stderr. */
    @Override
    public String toString() {
        return source + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + code + "] " + message;
    }
}
