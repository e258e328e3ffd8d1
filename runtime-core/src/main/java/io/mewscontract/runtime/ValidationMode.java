package io.mewscontract.runtime;

/**
 * How strictly a request is checked: liberal in what a client sends on, strict in what a server accepts.
 *
 * <p>The only difference today is open enum membership. Mews adds enum values over time; a client built against
 * an older spec must still be able to pass a value it does not know (for example one it read from a response),
 * so {@link #CLIENT} never reports an unknown enum value. A server implements a fixed spec version and rejects
 * values outside it, so {@link #SERVER} does.
 */
public enum ValidationMode {
    /** Checks every constraint except enum membership. Used by generated clients before sending. */
    CLIENT,
    /** Checks every constraint, including that enum values are known. Used by servers on receipt. */
    SERVER
}
