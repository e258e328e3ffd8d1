package io.mewscontract.docstospec.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fact that two documents state differently.
 *
 * @param pointer the fact's pointer in the flattened documents
 * @param kind what the fact states
 * @param element the element the fact is about
 * @param expected the value in the expected document, {@code null} when it does not state the fact
 * @param actual the value in the actual document, {@code null} when it does not state the fact
 */
public record FactDifference(
        String pointer,
        FactKind kind,
        String element,
        @Nullable String expected,
        @Nullable String actual) {
    public FactDifference {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
    }

    /** Only the actual document states the fact. */
    public boolean added() {
        return expected == null;
    }

    /** Only the expected document states the fact. */
    public boolean removed() {
        return actual == null;
    }

    @Override
    public String toString() {
        return pointer + " (" + kind + "): " + (expected == null ? "absent" : "'" + expected + "'") + " -> "
                + (actual == null ? "absent" : "'" + actual + "'");
    }
}
