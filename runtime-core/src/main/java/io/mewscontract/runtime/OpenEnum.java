package io.mewscontract.runtime;

/**
 * Implemented by every generated open enum: a value of a set that grows over time.
 *
 * <p>A generated open enum is a final class holding the raw wire string, with a constant per value the spec
 * knows and a nested Java {@code enum Known} for exhaustive {@code switch}es. Reading a value the spec does not
 * know never fails: it is kept verbatim and written back unchanged. See the generated class's Javadoc.
 */
public interface OpenEnum {

    /** The value exactly as it appears on the wire. */
    String value();

    /** Whether this value is one the spec (and so the generated code) knows. */
    boolean isKnown();
}
