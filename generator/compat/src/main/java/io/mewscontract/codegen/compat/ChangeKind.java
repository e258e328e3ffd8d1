package io.mewscontract.codegen.compat;

/**
 * Every kind of change the comparison recognises, with the changelog section it is listed under and the bump it
 * needs when it breaks nothing (a breaking change always needs a major bump).
 */
public enum ChangeKind {
    OPERATION_ADDED(Section.ADDED, Bump.MINOR),
    OPERATION_REMOVED(Section.REMOVED, Bump.MINOR),
    OPERATION_RENAMED(Section.CHANGED, Bump.MINOR),
    OPERATION_DEPRECATED(Section.DEPRECATED, Bump.MINOR),
    /** Request or response type, {@code x-mews-kind}, pagination or batching of an operation. */
    OPERATION_CHANGED(Section.CHANGED, Bump.PATCH),
    /** The {@code operationId} only: nothing generated depends on it. */
    OPERATION_ID_CHANGED(Section.CHANGED, Bump.PATCH),
    RESPONSE_STATUS_ADDED(Section.ADDED, Bump.PATCH),
    RESPONSE_STATUS_REMOVED(Section.REMOVED, Bump.PATCH),
    RESPONSE_HEADER_ADDED(Section.ADDED, Bump.PATCH),
    RESPONSE_HEADER_REMOVED(Section.REMOVED, Bump.PATCH),
    TYPE_ADDED(Section.ADDED, Bump.MINOR),
    TYPE_REMOVED(Section.REMOVED, Bump.MINOR),
    TYPE_DEPRECATED(Section.DEPRECATED, Bump.MINOR),
    PROPERTY_ADDED(Section.ADDED, Bump.MINOR),
    PROPERTY_REMOVED(Section.REMOVED, Bump.MINOR),
    PROPERTY_DEPRECATED(Section.DEPRECATED, Bump.MINOR),
    PROPERTY_TYPE_CHANGED(Section.CHANGED, Bump.MINOR),
    /** Required became optional or the reverse. */
    PROPERTY_PRESENCE_CHANGED(Section.CHANGED, Bump.MINOR),
    /** Nullable became non-nullable or the reverse. */
    PROPERTY_NULLABILITY_CHANGED(Section.CHANGED, Bump.MINOR),
    ENUM_VALUE_ADDED(Section.ADDED, Bump.MINOR),
    ENUM_VALUE_REMOVED(Section.REMOVED, Bump.MINOR),
    /** A new kind of a discriminated union ({@code oneOf} + discriminator, {@code x-mews-union}). */
    UNION_VARIANT_ADDED(Section.ADDED, Bump.MINOR),
    UNION_VARIANT_REMOVED(Section.REMOVED, Bump.MINOR),
    /** A value constraint or an {@code x-mews-*} trait accepts less than before. */
    CONSTRAINT_TIGHTENED(Section.CHANGED, Bump.PATCH),
    /** A value constraint or an {@code x-mews-*} trait accepts more than before. */
    CONSTRAINT_LOOSENED(Section.CHANGED, Bump.PATCH),
    /** A change of the generated Java API that japicmp found and no spec change above explains. */
    JAVA_API_CHANGED(Section.CHANGED, Bump.PATCH),
    /** Descriptions, summaries, examples: the Javadoc changes, nothing else. */
    DOCUMENTATION_CHANGED(Section.CHANGED, Bump.PATCH),
    /** Contract facts differ, yet no rule above recognised a change: listed for a human to judge. */
    UNJUDGED_CHANGE(Section.CHANGED, Bump.PATCH);

    /** The changelog's sections, in the order they are printed. */
    public enum Section {
        BREAKING("Breaking changes"),
        ADDED("Added"),
        CHANGED("Changed"),
        DEPRECATED("Deprecated"),
        REMOVED("Removed");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Section section;
    private final Bump compatibleBump;

    ChangeKind(Section section, Bump compatibleBump) {
        this.section = section;
        this.compatibleBump = compatibleBump;
    }

    /** Where the changelog lists a change of this kind that breaks nothing. */
    public Section section() {
        return section;
    }

    /** The bump a change of this kind needs when it breaks nothing. */
    public Bump compatibleBump() {
        return compatibleBump;
    }
}
