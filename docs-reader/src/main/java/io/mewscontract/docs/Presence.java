package io.mewscontract.docs;

/** Whether a document says a property must be present. */
public enum Presence {
    /** The document marks the property {@code required}. */
    REQUIRED,
    /** The document marks the property {@code optional}. */
    OPTIONAL,
    /**
     * The document says neither. Reference pages only ever mark {@code required}; an unmarked
     * property there is {@code UNSTATED}, not {@code OPTIONAL}, because the same pages leave
     * properties unmarked that the markdown source declares required (e.g. {@code Preauthorization.Id}).
     */
    UNSTATED
}
