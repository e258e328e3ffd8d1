package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule CurrencyCode: a string property described as an ISO 4217 code (or named {@code Currency} with
 * three-letter upper-case examples) refers to one component {@code CurrencyCode} ({@code ^[A-Z]{3}$}).
 */
final class CurrencyCode implements DraftRule {
    private static final Pattern ISO_4217 = Pattern.compile("(?i)ISO[- ]?4217");
    private static final Pattern CODE = Pattern.compile("^[A-Z]{3}$");

    @Override
    public String name() {
        return DraftRules.CURRENCY_CODE;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        SchemaDraft code = null;
        for (PropertyDraft p : model.allProperties()) {
            if (!(p.type instanceof TypeRef.Scalar s) || !s.type().equals("string") || p.owner.fixed) {
                continue;
            }
            boolean described = p.tables.stream()
                    .anyMatch(t -> ISO_4217.matcher(t.property().description()).find());
            List<String> values = Formats.strings(p);
            boolean shown = p.name.equals("Currency")
                    && !values.isEmpty()
                    && values.stream().allMatch(v -> CODE.matcher(v).matches());
            if (!described && !shown) {
                continue;
            }
            if (code == null) {
                code = model.schemas.computeIfAbsent("known CurrencyCode", k -> {
                    SchemaDraft c = new SchemaDraft(k, "CurrencyCode", SchemaDraft.Kind.SCALAR);
                    c.fixed = true;
                    return c;
                });
                code.extensions.put("pattern", TextNode.valueOf("^[A-Z]{3}$"));
                code.description = "ISO 4217 code of the currency, e.g. `EUR`.";
            }
            p.type = new TypeRef.Ref(code);
            context.decide(
                    p,
                    name(),
                    "CurrencyCode (^[A-Z]{3}$)",
                    described
                            ? p.tableSources()
                            : p.shownValues().stream().map(ExampleFact::source).toList());
        }
    }
}
