package io.mewscontract.docstospec.draft;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule FormatFromDescription: where no example decides, the description does. "Unique identifier(s)
 * of ..." makes a {@code uuid}; "... in UTC timezone in ISO 8601 format" (or a name ending in {@code Utc})
 * a {@code date-time}; "... in ISO 8601 format" on anything else a {@code date}. A format the examples
 * contradict is not set.
 */
final class FormatFromDescription implements DraftRule {
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)^(the\\s+)?unique identifiers?\\s+of\\b");
    private static final Pattern ISO = Pattern.compile("(?i)\\bISO\\s*8601\\b");
    private static final Pattern UTC = Pattern.compile("(?i)\\bUTC\\b|date and time");

    @Override
    public String name() {
        return DraftRules.FORMAT_FROM_DESCRIPTION;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (p.owner.fixed || !Formats.unformattedString(p) || Pagination.isCursor(p)) {
                continue;
            }
            for (TableFact fact : p.tables) {
                String d = fact.property().description();
                String format = IDENTIFIER.matcher(d).find()
                        ? "uuid"
                        : ISO.matcher(d).find()
                                ? (UTC.matcher(d).find() || p.name.endsWith("Utc") ? "date-time" : "date")
                                : "";
                if (format.isEmpty() || !agreesWithExamples(p, format)) {
                    continue;
                }
                Formats.setFormat(p, format);
                context.decide(
                        p,
                        name(),
                        "format " + format + " (description: \"" + shorten(d) + "\")",
                        List.of(fact.source()));
                break;
            }
        }
    }

    private static boolean agreesWithExamples(PropertyDraft p, String format) {
        String shown = Formats.formatOf(Formats.strings(p));
        return Formats.strings(p).isEmpty() || shown.equals(format);
    }

    private static String shorten(String text) {
        String s = text.toLowerCase(Locale.ROOT).length() > 60 ? text.substring(0, 57) + "..." : text;
        return s.replace("\"", "'");
    }
}
