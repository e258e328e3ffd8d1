package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule NullableReferenceOnBothSides (DESIGN.md): OpenAPI 3.0.3 applies {@code nullable} only beside
 * {@code type}, so a nullable use of a component is written {@code allOf: [$ref]} + {@code nullable: true}
 * at the use site, and the component itself is {@code nullable: true} when every use of it is nullable
 * (strict JSON Schema validators read only the component).
 */
final class NullableReferenceOnBothSides implements DraftRule {
    @Override
    public String name() {
        return DraftRules.NULLABLE_REFERENCE_ON_BOTH_SIDES;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        model.schemas.values().forEach(s -> s.uses.clear());
        for (PropertyDraft p : model.allProperties()) {
            if (p.type instanceof TypeRef.Ref ref) {
                ref.target().uses.add(p);
            }
        }
        for (SchemaDraft s : model.schemas.values()) {
            if (s.uses.isEmpty() || !s.uses.stream().allMatch(p -> p.nullable) || s.kind == SchemaDraft.Kind.SCALAR) {
                continue;
            }
            s.nullable = true;
            List<SourceRef> sources = new ArrayList<>();
            s.uses.forEach(p -> sources.addAll(p.tableSources()));
            context.decide(s, name(), "nullable (every use is nullable: " + s.uses + ")", sources);
        }
    }
}
