package io.mewscontract.docstospec.draft;

/** What a drafted property holds, before it is written as an OpenAPI schema. */
// The constants' classes are records without static state: initializing them cannot wait for TypeRef.
@SuppressWarnings("ClassInitializationDeadlock")
sealed interface TypeRef {
    /** Nothing says what the property holds (a lost type cell and no example value). */
    record Unknown() implements TypeRef {}

    /** A JSON scalar: {@code string}, {@code number}, {@code integer} or {@code boolean}, with a format or "". */
    record Scalar(String type, String format) implements TypeRef {
        Scalar withFormat(String newFormat) {
            return new Scalar(type, newFormat);
        }
    }

    /** A named component: an object or an enum drafted from a table or list. */
    record Ref(SchemaDraft target) implements TypeRef {}

    /** An array of items. */
    record ArrayOf(TypeRef items) implements TypeRef {}

    /** A map from string keys to values ({@code Dictionary}, {@code Localized text}, a table with a {@code ?Key?} row). */
    record MapOf(TypeRef values) implements TypeRef {}

    /** An object whose content the pages do not describe (free-form JSON). */
    record FreeObject() implements TypeRef {}

    TypeRef UNKNOWN = new Unknown();
    TypeRef STRING = new Scalar("string", "");

    /** The innermost type: the items of an array, the values of a map, or this. */
    default TypeRef element() {
        if (this instanceof ArrayOf a) {
            return a.items().element();
        }
        return this;
    }

    /** This type with its innermost type replaced (keeping array nesting). */
    default TypeRef withElement(TypeRef element) {
        if (this instanceof ArrayOf a) {
            return new ArrayOf(a.items().withElement(element));
        }
        return element;
    }

    default boolean isKnown() {
        return !(this instanceof Unknown);
    }
}
