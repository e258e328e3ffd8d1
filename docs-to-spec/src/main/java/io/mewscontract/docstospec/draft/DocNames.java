package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Rule DocNames: {@code x-mews-doc-names} lists the names the pages use for an object or enum (headings,
 * reference schema titles), so conformance tests map page tables to components and a reader finds the
 * page's wording.
 */
final class DocNames implements DraftRule {
    @Override
    public String name() {
        return DraftRules.DOC_NAMES;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (SchemaDraft s : model.schemas.values()) {
            if (s.docNames.isEmpty() || s.kind == SchemaDraft.Kind.SCALAR) {
                continue;
            }
            ArrayNode names = JsonNodeFactory.instance.arrayNode();
            s.docNames.forEach(names::add);
            s.extensions.put("x-mews-doc-names", names);
            context.decide(s, name(), "doc names " + s.docNames, s.sources);
        }
    }
}
