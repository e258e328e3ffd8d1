package io.mewscontract.docstospec.draft;

/**
 * A property's description is the first non-empty one in reading order, without the deprecation note
 * (kept in {@code x-mews-replaced-by}). Descriptions are prose, never contract facts, so no rule decides them.
 */
final class Descriptions {
    private Descriptions() {}

    /**
     * Whether a description only names the property's type ("A payment request state." on a property of
     * type {@code Payment request state}): it says nothing the reference does not, so the draft leaves it
     * out and the property is a plain {@code $ref}.
     */
    static boolean restatesType(PropertyDraft p, String description) {
        if (!(p.type.element() instanceof TypeRef.Ref ref)) {
            return false;
        }
        String d = Names.key(description.replaceAll("[.]$", "").replaceFirst("(?i)^(an?|the)\\s+", ""));
        return ref.target().docNames.stream().map(Names::key).anyMatch(d::equals);
    }

    /** Enum value descriptions start with a capital letter, as every other description does. */
    static void capitalizeEnumValues(ModelBuilder model) {
        model.schemas
                .values()
                .forEach(s -> s.values.values().forEach(v -> {
                    if (!v.description.isEmpty()) {
                        v.description = Character.toUpperCase(v.description.charAt(0)) + v.description.substring(1);
                    }
                }));
    }

    static void fill(ModelBuilder model) {
        for (PropertyDraft p : model.allProperties()) {
            if (!p.description.isEmpty()) {
                if (restatesType(p, p.description)) {
                    p.description = "";
                }
                continue;
            }
            for (TableFact fact : p.tables) {
                String d = fact.property().description();
                int deprecated = d.indexOf("Deprecated!");
                if (deprecated >= 0) {
                    d = d.substring(0, deprecated).strip();
                }
                if (!d.isEmpty() && !restatesType(p, d)) {
                    p.description = d;
                    break;
                }
            }
        }
    }
}
