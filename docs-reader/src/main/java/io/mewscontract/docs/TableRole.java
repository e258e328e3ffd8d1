package io.mewscontract.docs;

/** What a {@link PropertyTable} describes within its operation. */
public enum TableRole {
    /** The operation's request body. */
    REQUEST,
    /** A response body of the operation (the success body, or in reference pages also an error body). */
    RESPONSE,
    /** A named object used inside a request or response body, e.g. {@code Preauthorization}. */
    OBJECT
}
