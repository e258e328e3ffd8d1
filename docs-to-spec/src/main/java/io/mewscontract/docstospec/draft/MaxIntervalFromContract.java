package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule MaxIntervalFromContract: {@code max length 3 months} on an interval is {@code x-mews-max-interval: P3M}
 * (OpenAPI cannot bound an interval's length; the extension carries it to the generated validators).
 */
final class MaxIntervalFromContract implements DraftRule {
    private static final Pattern LENGTH =
            Pattern.compile("(?i)^max(?:imum)?\\s+(?:length\\s+)?(\\d+)\\s+(hour|day|week|month|year)s?$");

    /** The ISO 8601 period a contract part such as {@code max length 3 months} states, or {@code null}. */
    static @org.jspecify.annotations.Nullable String period(String part) {
        Matcher m = LENGTH.matcher(part.strip());
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        return unit.equals("hour") ? "PT" + m.group(1) + "H" : "P" + m.group(1) + Character.toUpperCase(unit.charAt(0));
    }

    @Override
    public String name() {
        return DraftRules.MAX_INTERVAL_FROM_CONTRACT;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            for (TableFact fact : p.tables) {
                for (String part : fact.property().constraints().unparsed()) {
                    String period = period(part);
                    if (period != null) {
                        p.extensions.put("x-mews-max-interval", TextNode.valueOf(period));
                        context.decide(
                                p,
                                name(),
                                "x-mews-max-interval " + period + " ('" + part.strip() + "')",
                                List.of(fact.source()));
                    }
                }
            }
        }
    }
}
