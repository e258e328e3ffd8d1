package io.mewscontract.docstospec.facts;

/**
 * What a {@link Fact} states. The element kinds ({@link #OPERATION} to {@link #PROPERTY}) state that an element
 * exists; every other kind states one attribute of an element.
 */
public enum FactKind {
    /** An operation exists: {@code /paths/~1api~1.../post}. */
    OPERATION,
    /** A response of an operation, or a response component, exists. */
    RESPONSE,
    /** A parameter or header (of an operation, a response, or a component) exists. */
    PARAMETER,
    /** A component schema exists. */
    SCHEMA,
    /** A property of an object schema exists. */
    PROPERTY,
    /** A property (or parameter, header, request body) is required: its key is always present. */
    REQUIRED,
    /** A value may be {@code null}. */
    NULLABLE,
    /** A JSON type ({@code string}, {@code array}, ...). */
    TYPE,
    /** A format ({@code uuid}, {@code date-time}, {@code decimal}, ...). */
    FORMAT,
    /** A reference to a component ({@code $ref}, or an {@code allOf} member). */
    REFERENCE,
    /** A validation constraint ({@code maxLength}, {@code minItems}, {@code pattern}, ...). */
    CONSTRAINT,
    /** One known value of an enum. */
    ENUM_VALUE,
    /** A vendor extension ({@code x-mews-*}); its value is its canonical JSON. */
    EXTENSION,
    /** An element is deprecated. */
    DEPRECATION,
    /** Documentation only: descriptions, summaries, titles, examples, enum value descriptions. */
    DESCRIPTION,
    /** Document metadata: {@code openapi}, {@code info}, {@code servers}, tag definitions. */
    METADATA,
    /** Anything else the document states (operation ids, tags of an operation, parameter locations, ...). */
    OTHER;

    /** Whether this kind states that an element exists. */
    @SuppressWarnings("EnumOrdinal") // the kinds are declared elements first, on purpose
    public boolean isElement() {
        return ordinal() <= PROPERTY.ordinal();
    }

    /** Whether this kind is part of the contract (everything but documentation and metadata). */
    public boolean isContract() {
        return this != DESCRIPTION && this != METADATA;
    }
}
