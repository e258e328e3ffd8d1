package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.Finding;
import java.util.List;

/**
 * Rules {@link DraftRules#TYPE_FROM_TABLE} and {@link DraftRules#TYPE_FROM_LINKED_HEADING}: a property's
 * type is what its type cells say. When cells disagree, the most specific wins (a linked object over a bare
 * {@code object}, a format over none) and a real contradiction (an array against a scalar, two different
 * objects, a string against a number) is reported as two pages defining one object differently.
 */
final class TableTypes {
    private TableTypes() {}

    static void decide(PropertyDraft property, DraftContext context) {
        TableFact chosen = null;
        for (TableFact fact : property.tables) {
            if (!fact.type().isKnown()) {
                continue;
            }
            if (chosen == null) {
                chosen = fact;
            } else if (contradicts(chosen.type(), fact.type())) {
                context.find(Finding.warning(
                        fact.source().document(),
                        fact.source().line(),
                        "conflicting-definitions",
                        property + " is '" + fact.property().type() + "' here but '"
                                + chosen.property().type() + "' at " + chosen.source()
                                + "; the draft keeps the latter"));
            } else if (rank(fact.type()) > rank(chosen.type())) {
                chosen = fact;
            }
        }
        if (chosen == null) {
            return;
        }
        property.type = chosen.type();
        List<io.mewscontract.docs.SourceRef> agreeing = property.tables.stream()
                .filter(f -> f.type().isKnown() && !contradicts(f.type(), property.type))
                .map(TableFact::source)
                .toList();
        context.decide(property, chosen.rule(), "type " + describe(property.type), agreeing);
    }

    /** Whether two types cannot both be right. */
    static boolean contradicts(TypeRef a, TypeRef b) {
        if (a instanceof TypeRef.ArrayOf x && b instanceof TypeRef.ArrayOf y) {
            return contradicts(x.items(), y.items());
        }
        if (a instanceof TypeRef.ArrayOf || b instanceof TypeRef.ArrayOf) {
            return true;
        }
        if (a instanceof TypeRef.FreeObject || b instanceof TypeRef.FreeObject) {
            return a instanceof TypeRef.Scalar || b instanceof TypeRef.Scalar;
        }
        if (a instanceof TypeRef.Ref x && b instanceof TypeRef.Ref y) {
            return x.target() != y.target();
        }
        if (a instanceof TypeRef.Scalar x && b instanceof TypeRef.Scalar y) {
            boolean numbers = !x.type().equals("string")
                    && !x.type().equals("boolean")
                    && !y.type().equals("string")
                    && !y.type().equals("boolean");
            return !x.type().equals(y.type()) && !numbers;
        }
        if (a instanceof TypeRef.Ref x && b instanceof TypeRef.Scalar) {
            return x.target().kind != SchemaDraft.Kind.ENUM;
        }
        if (b instanceof TypeRef.Ref y && a instanceof TypeRef.Scalar) {
            return y.target().kind != SchemaDraft.Kind.ENUM;
        }
        return !a.getClass().equals(b.getClass());
    }

    private static int rank(TypeRef type) {
        TypeRef e = type.element();
        if (e instanceof TypeRef.Ref) {
            return 4;
        }
        if (e instanceof TypeRef.MapOf) {
            return 3;
        }
        if (e instanceof TypeRef.Scalar s) {
            return s.format().isEmpty() ? 1 : 2;
        }
        return 0;
    }

    static String describe(TypeRef type) {
        if (type instanceof TypeRef.ArrayOf a) {
            return "array of " + describe(a.items());
        }
        if (type instanceof TypeRef.MapOf m) {
            return "map of " + describe(m.values());
        }
        if (type instanceof TypeRef.Ref r) {
            return r.target().name;
        }
        if (type instanceof TypeRef.Scalar s) {
            return s.type() + (s.format().isEmpty() ? "" : " (" + s.format() + ")");
        }
        return type instanceof TypeRef.FreeObject ? "free-form object" : "unknown";
    }
}
