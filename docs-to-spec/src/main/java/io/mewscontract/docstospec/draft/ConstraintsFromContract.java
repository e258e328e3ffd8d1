package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.PropertyConstraints;
import java.util.List;
import java.util.OptionalInt;

/**
 * Rule ConstraintsFromContract: {@code max length 1000 characters} / {@code max 1000 characters} is
 * {@code maxLength}, {@code max 1000 items} {@code maxItems}, {@code min 1 item} / {@code >= 1 items}
 * {@code minItems}, {@code >= 1 characters} {@code minLength}. Several pages: the union of the bounds
 * (a bound one page adds does not contradict the others); when two pages state different values of the
 * same bound, the stricter one.
 */
final class ConstraintsFromContract implements DraftRule {
    @Override
    public String name() {
        return DraftRules.CONSTRAINTS_FROM_CONTRACT;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            for (TableFact fact : p.tables) {
                PropertyConstraints c = fact.property().constraints();
                boolean array = p.type instanceof TypeRef.ArrayOf;
                p.minLength = stricterMin(p.minLength, c.minLength());
                p.maxLength = stricterMax(p.maxLength, c.maxLength());
                p.minItems = stricterMin(p.minItems, c.minItems());
                p.maxItems = stricterMax(p.maxItems, c.maxItems());
                if (!array
                        && (p.minItems.isPresent() || p.maxItems.isPresent())
                        && p.type.isKnown()
                        && !(p.type instanceof TypeRef.Ref)) {
                    // An item count on a non-array (a typo'd type cell): keep it, TypeFromExample may fix the type.
                    continue;
                }
                if (!c.isEmpty()
                        && (c.minLength().isPresent()
                                || c.maxLength().isPresent()
                                || c.minItems().isPresent()
                                || c.maxItems().isPresent())) {
                    context.decide(
                            p, name(), "bounds from '" + fact.property().contract() + "'", List.of(fact.source()));
                }
            }
        }
    }

    private static OptionalInt stricterMin(OptionalInt a, OptionalInt b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : OptionalInt.of(Math.max(a.getAsInt(), b.getAsInt()));
    }

    private static OptionalInt stricterMax(OptionalInt a, OptionalInt b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : OptionalInt.of(Math.min(a.getAsInt(), b.getAsInt()));
    }
}
