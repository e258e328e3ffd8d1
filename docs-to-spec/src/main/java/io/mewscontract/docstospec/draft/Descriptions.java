package io.mewscontract.docstospec.draft;

/**
 * A property's description is the first non-empty one in reading order, without the deprecation note
 * (kept in {@code x-mews-replaced-by}). Descriptions are prose, never contract facts, so no rule decides them.
 */
final class Descriptions {
    private Descriptions() {
    }

    static void fill(ModelBuilder model) {
        for (PropertyDraft p : model.allProperties()) {
            if (!p.description.isEmpty()) {
                continue;
            }
            for (TableFact fact : p.tables) {
                String d = fact.property().description();
                int deprecated = d.indexOf("Deprecated!");
                if (deprecated >= 0) {
                    d = d.substring(0, deprecated).strip();
                }
                if (!d.isEmpty()) {
                    p.description = d;
                    break;
                }
            }
        }
    }
}
