package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule OpenEnums (RECONCILIATION rule 4): every enum is open ({@code x-mews-open-enum: true}) and lists the
 * union of the values of every page, in the order first seen, spelled as the pages spell them. A list that
 * ends with {@code ...} or carries a "not exhaustive" note is cited as evidence; an enum is open either way.
 */
final class OpenEnums implements DraftRule {
    @Override
    public String name() {
        return DraftRules.OPEN_ENUMS;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (SchemaDraft s : model.schemas.values()) {
            if (s.kind != SchemaDraft.Kind.ENUM) {
                continue;
            }
            s.extensions.put("x-mews-open-enum", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
            List<SourceRef> marks = new ArrayList<>();
            for (Catalog.EnumList list : model.catalog.enums.getOrDefault(
                    Names.key(s.docNames.iterator().next()), List.of())) {
                if (list.list().openEnded() || list.list().notExhaustive() > 0) {
                    marks.add(new SourceRef(
                            list.document(),
                            list.list().notExhaustive() > 0
                                    ? list.list().notExhaustive()
                                    : list.list().line()));
                }
            }
            context.decide(
                    s,
                    name(),
                    "open enum of " + s.values.size() + " known values"
                            + (marks.isEmpty() ? "" : "; the pages say more values exist"),
                    marks.isEmpty() ? s.sources : marks);
        }
    }
}
