package io.mewscontract.docstospec.draft;

import java.util.regex.Pattern;

/**
 * Rule MoneyIsDecimal: money is {@code type: number, format: decimal}, never a binary float. A number
 * is money when its type cell says {@code decimal}, when its object carries a {@code Currency}, or when its
 * name says so ({@code ...Value}, {@code Price}, {@code Amount}, {@code Total}, {@code Tax}, {@code Cost}).
 */
final class MoneyIsDecimal implements DraftRule {
    private static final Pattern MONEY_NAME =
            Pattern.compile("(?i).*(value|price|amount|total|tax|cost|balance|fee).*");

    @Override
    public String name() {
        return DraftRules.MONEY_IS_DECIMAL;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (!(p.type.element() instanceof TypeRef.Scalar s) || !s.type().equals("number") || p.owner.fixed) {
                continue;
            }
            String why = s.format().equals("decimal")
                    ? "the type cell says decimal"
                    : p.owner.properties.containsKey("Currency")
                            ? "its object carries a Currency"
                            : MONEY_NAME.matcher(p.name).matches() ? "its name names money" : "";
            if (!why.isEmpty()) {
                p.type = p.type.withElement(s.withFormat("decimal"));
                context.decide(p, name(), "format decimal (money: " + why + ")", p.tableSources());
            }
        }
    }
}
