package io.mewscontract.docstospec.draft;

import java.util.regex.Pattern;

/**
 * Rule FormatFromName: the weakest format evidence, applied last. A string property named {@code ...Id}
 * (or an array named {@code ...Ids}) holds identifiers, and Connector API identifiers are uuids; unless an
 * example shows a value that is not one, the type cell marks a hybrid identifier, or it is a cursor. Used
 * when the description was lost (GitBook exports drop descriptions that held a link) and examples show only
 * {@code null}.
 */
final class FormatFromName implements DraftRule {
    private static final Pattern ID_NAME = Pattern.compile("^[A-Z][A-Za-z]*Ids?$");

    @Override
    public String name() {
        return DraftRules.FORMAT_FROM_NAME;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (p.owner.fixed
                    || !Formats.unformattedString(p)
                    || Pagination.isCursor(p)
                    || !ID_NAME.matcher(p.name).matches()
                    || p.name.endsWith("Ids") != p.type instanceof TypeRef.ArrayOf
                    || !Formats.strings(p).isEmpty()) {
                continue;
            }
            Formats.setFormat(p, "uuid");
            context.decide(
                    p,
                    name(),
                    "format uuid (an identifier by its name; no example value contradicts)",
                    p.tableSources());
        }
    }
}
