package io.mewscontract.docstospec.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One hand decision: an OpenAPI Overlay 1.0 action with the record of why it was taken.
 *
 * @param index 0-based position in the overlay's {@code actions}, for messages ({@code actions[3]})
 * @param target the action's JSONPath; it must select exactly one node of the draft
 * @param update the action's {@code update} (merged into an object, appended to an array), or {@code null}
 * @param remove the action's {@code remove}
 * @param renameTo {@code x-rename-to}: the new name of the component the target selects, or {@code null}
 * @param element the spec element decided ({@code x-element}, e.g. {@code Amount.Breakdown})
 * @param section the RECONCILIATION.md section it is listed under ({@code x-section})
 * @param documentsSay what the documents say ({@code x-documents-say})
 * @param decision what the spec decided: the action's standard {@code description}
 * @param reason why ({@code x-reason})
 * @param sources the documents that bear on it ({@code x-sources}: document ids such as {@code 001}, or
 *     {@code FACTS})
 */
public record Decision(
        int index,
        String target,
        @Nullable JsonNode update,
        boolean remove,
        @Nullable String renameTo,
        String element,
        String section,
        String documentsSay,
        String decision,
        String reason,
        List<String> sources) {
    public Decision {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(element, "element");
        sources = List.copyOf(sources);
    }

    /** {@code actions[3] (Amount.Breakdown)}: how messages name the decision. */
    public String label() {
        return "actions[" + index + "] (" + element + ")";
    }
}
