package io.mewscontract.docstospec.drift;

/** What kind of change a drift finding reports, in the order a report lists them. */
public enum DriftKind {
    NEW_OPERATION("new operation"),
    REMOVED_OPERATION("removed operation"),
    NEW_SCHEMA("new object"),
    REMOVED_SCHEMA("removed object"),
    NEW_PROPERTY("new property"),
    REMOVED_PROPERTY("removed property"),
    NEW_ENUM_VALUE("new enum value"),
    REMOVED_ENUM_VALUE("removed enum value"),
    PRESENCE("presence"),
    NULLABILITY("nullability"),
    TYPE_OR_FORMAT("type or format change"),
    CONSTRAINT("constraint change"),
    DEPRECATION("deprecation"),
    EXTENSION("vendor extension change"),
    OTHER("other contract change"),
    DESCRIPTION_ONLY("description-only change"),
    STALE_DECISION("stale decision");

    private final String title;

    DriftKind(String title) {
        this.title = title;
    }

    /** How a report names the kind, e.g. {@code new enum value}. */
    public String title() {
        return title;
    }
}
