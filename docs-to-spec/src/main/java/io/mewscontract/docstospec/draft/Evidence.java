package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * Why the draft holds one element as it does: the rule that decided it and the document lines it
 * decided from.
 *
 * @param pointer JSON pointer of the decided element in the draft, e.g.
 *     {@code /components/schemas/Amount/properties/NetValue}
 * @param rule the rule's name, e.g. {@code NullableWhenNullSeen} (see {@link DraftRules})
 * @param decision what the rule set, in words, e.g. {@code nullable: true}
 * @param sources the document lines the decision rests on, in document order
 */
public record Evidence(String pointer, String rule, String decision, List<SourceRef> sources) {
    public Evidence {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(decision, "decision");
        sources = List.copyOf(sources);
    }
}
