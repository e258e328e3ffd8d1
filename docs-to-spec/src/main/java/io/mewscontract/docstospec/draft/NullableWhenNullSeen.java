package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule NullableWhenNullSeen (RECONCILIATION rule 3, first half): a property is nullable when any example
 * shows {@code null} for it or any page declares it nullable (reference pages rendered from Mews' OpenAPI
 * file do). Tables never state nullability.
 */
final class NullableWhenNullSeen implements DraftRule {
    @Override
    public String name() {
        return DraftRules.NULLABLE_WHEN_NULL_SEEN;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (p.owner.fixed) {
                continue;
            }
            List<SourceRef> sources = new ArrayList<>();
            p.tables.stream().filter(t -> t.property().nullable()).forEach(t -> sources.add(t.source()));
            p.examples.stream().filter(ExampleFact::isNull).forEach(e -> sources.add(e.source()));
            if (!sources.isEmpty()) {
                p.nullable = true;
                context.decide(p, name(), "nullable (null shown or declared)", sources);
            }
        }
    }
}
