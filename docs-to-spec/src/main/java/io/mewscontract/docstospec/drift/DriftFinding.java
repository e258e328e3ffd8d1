package io.mewscontract.docstospec.drift;

import java.util.List;
import java.util.Objects;

/**
 * One thing the pages say that the curated spec does not.
 *
 * @param kind the kind of change
 * @param element the spec element, as a reader knows it ({@code Amount.NetValue}, {@code PaymentRequestState},
 *     {@code POST /api/connector/v1/...})
 * @param pointer the element's pointer in the flattened spec (see {@code ContractFacts})
 * @param documentLines the page lines that say it ({@code 004_fe88fa7031de54c6.txt:212}); empty when no page
 *     says anything about the element any more (a removal)
 * @param pages what the pages say, in short
 * @param spec what the spec says, in short
 * @param breaking whether existing client code (generated from the spec, open enums, optional fields kept)
 *     can break when the API behaves as the pages say
 * @param impact why it breaks or not, for the reader
 * @param absorb how to absorb it: the spec change to accept it, or the decision that keeps the spec as is
 * @param snippet YAML to paste: a spec fragment or an overlay action; empty when there is none
 */
public record DriftFinding(
        DriftKind kind,
        String element,
        String pointer,
        List<String> documentLines,
        String pages,
        String spec,
        boolean breaking,
        String impact,
        String absorb,
        String snippet) {
    public DriftFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(pointer, "pointer");
        documentLines = List.copyOf(documentLines);
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(absorb, "absorb");
        Objects.requireNonNull(snippet, "snippet");
    }
}
