package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * What one JSON example shows for a property of an object it holds.
 *
 * @param source document and line of the key (or of the object, when the key is absent)
 * @param value the value, {@code NullNode} for {@code null}, or null when the example omits the key
 */
record ExampleFact(SourceRef source, @Nullable JsonNode value) {
    boolean absent() {
        return value == null;
    }

    boolean isNull() {
        return value != null && value.isNull();
    }
}
