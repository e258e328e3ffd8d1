package io.mewscontract.docstospec.draft;

/**
 * Rule FormatFromExample: examples are the best evidence of a string's format. When every value the
 * examples show is a uuid, the property is {@code format: uuid}; every value {@code 2025-09-01} makes a
 * {@code date}; every value {@code 2025-09-01T10:00:00Z} a {@code date-time}. Values that disagree decide
 * nothing.
 */
final class FormatFromExample implements DraftRule {
    @Override
    public String name() {
        return DraftRules.FORMAT_FROM_EXAMPLE;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (p.owner.fixed || !Formats.unformattedString(p) || Pagination.isCursor(p)) {
                continue;
            }
            String format = Formats.formatOf(Formats.strings(p));
            if (!format.isEmpty()) {
                Formats.setFormat(p, format);
                context.decide(
                        p,
                        name(),
                        "format " + format + " (every example value is one)",
                        p.shownValues().stream().map(ExampleFact::source).toList());
            }
        }
    }
}
