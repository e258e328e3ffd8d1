package io.mewscontract.docstospec.draft;

import java.util.List;

/**
 * Rule Maps: {@code Dictionary}, {@code Dictionary of numbers}, {@code Dictionary of integer arrays} and
 * {@code Localized text} are maps ({@code additionalProperties}); so is an object whose table's only row is
 * {@code ?Key?}: its values have that row's type. (Type cells are read as maps in {@link TypeCells}; this
 * class turns the {@code ?Key?} tables.)
 */
final class Maps implements DraftRule {
    static final String KEY_ROW = "?Key?";

    @Override
    public String name() {
        return DraftRules.MAPS;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (SchemaDraft s : model.schemas.values()) {
            PropertyDraft key = s.properties.get(KEY_ROW);
            if (s.kind != SchemaDraft.Kind.OBJECT || key == null) {
                continue;
            }
            s.kind = SchemaDraft.Kind.MAP;
            s.mapValues = key.type.isKnown() ? key.type : TypeRef.STRING;
            s.properties.clear();
            context.decide(
                    s,
                    name(),
                    "map of " + TableTypes.describe(s.mapValues) + " (a ?Key? row)",
                    List.copyOf(key.tableSources()));
        }
    }
}
