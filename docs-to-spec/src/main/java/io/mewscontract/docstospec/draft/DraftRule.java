package io.mewscontract.docstospec.draft;

/** One reconciliation rule of {@code spec/RECONCILIATION.md} as code: it decides and records its evidence. */
interface DraftRule {
    /** The rule's name, as evidence and {@link DraftOptions} name it. */
    String name();

    /** Applies the rule to the whole draft model. */
    void apply(ModelBuilder model, DraftContext context);
}
