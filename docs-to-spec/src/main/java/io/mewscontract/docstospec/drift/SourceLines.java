package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docstospec.facts.Pointers;
import java.util.List;
import java.util.function.Function;

/** The page lines behind an element of a draft, looked up by the element's pointer in the draft as written. */
@FunctionalInterface
public interface SourceLines {

    /** The lines ({@code file:line}) behind the node at this pointer of the draft as written; empty if none. */
    List<String> forPointer(String draftPointer);

    /** No lines known. */
    static SourceLines none() {
        return pointer -> List.of();
    }

    /** Lines from a lookup by pointer. */
    static SourceLines of(Function<String, List<String>> lookup) {
        return lookup::apply;
    }

    /**
     * The lines behind an element given by its flattened pointer: the element's own, else its nearest ancestor's
     * (a property's table row, else its object's table).
     */
    default List<String> forFlattened(JsonNode draft, String flattenedPointer) {
        List<String> tokens = Pointers.tokens(flattenedPointer);
        for (int size = tokens.size(); size > 0; size--) {
            String pointer = Pointers.of(tokens.subList(0, size));
            var raw = RawLocator.locate(draft, pointer);
            if (raw.isPresent()) {
                List<String> found = forPointer(Pointers.of(raw.get()));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
