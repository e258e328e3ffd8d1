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
            if (s.kind == SchemaDraft.Kind.SCALAR || s.fixed && s.docNames.isEmpty()) {
                continue;
            }
            if (s.docNames.isEmpty() && (s.key.startsWith("request ") || s.key.startsWith("response "))) {
                // An operation body no page names (markdown and GitBook pages leave bodies unnamed): its
                // own name, the one the reference rendering would give it.
                s.docNames.add(s.name);
            }
            if (s.docNames.isEmpty()) {
                continue;
            }
            ArrayNode names = JsonNodeFactory.instance.arrayNode();
            s.docNames.forEach(names::add);
            s.extensions.put("x-mews-doc-names", names);
            context.decide(s, name(), "doc names " + s.docNames, s.sources);
        }
    }
}
