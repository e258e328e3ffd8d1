package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.Presence;
import io.mewscontract.docs.SourceRef;
import java.util.List;

/**
 * Rule RequiredUnlessExampleOmits (RECONCILIATION rule 2): a property is required when a table says so
 * and no example omits it. An example is wire evidence: one that shows the object without the key makes
 * the key optional, whatever the tables say.
 */
final class RequiredUnlessExampleOmits implements DraftRule {
    @Override
    public String name() {
        return DraftRules.REQUIRED_UNLESS_EXAMPLE_OMITS;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (p.owner.fixed) {
                continue;
            }
            List<SourceRef> saysRequired = p.tables.stream()
                    .filter(t -> t.property().presence() == Presence.REQUIRED)
                    .map(TableFact::source)
                    .toList();
            if (saysRequired.isEmpty()) {
                continue;
            }
            List<SourceRef> omits = p.examples.stream()
                    .filter(ExampleFact::absent)
                    .map(ExampleFact::source)
                    .toList();
            if (omits.isEmpty()) {
                p.required = true;
                context.decide(p, name(), "required (a table says so; no example omits it)", saysRequired);
            } else {
                p.required = false;
                context.decide(p, name(), "optional (a table says required, but an example omits it)", omits);
            }
        }
    }
}
