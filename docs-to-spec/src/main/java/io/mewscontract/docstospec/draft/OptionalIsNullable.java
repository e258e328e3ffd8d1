package io.mewscontract.docstospec.draft;

/**
 * Rule OptionalIsNullable (RECONCILIATION rule 3, second half): every optional property is nullable, since
 * Mews writes absent optional values as {@code null} and reads {@code null} as absent.
 */
final class OptionalIsNullable implements DraftRule {
    @Override
    public String name() {
        return DraftRules.OPTIONAL_IS_NULLABLE;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (!p.required && !p.nullable && !p.owner.fixed) {
                p.nullable = true;
                context.decide(p, name(), "nullable (optional)", p.tableSources());
            }
        }
    }
}
