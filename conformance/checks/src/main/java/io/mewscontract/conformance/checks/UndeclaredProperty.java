package io.mewscontract.conformance.checks;

/**
 * A property of a JSON value that the spec's schema for it does not declare: allowed on the wire (objects are
 * open), kept by liberal readers, and a decision RECONCILIATION.md must record when a document shows one.
 *
 * @param pointer where it is, as a JSON pointer (RFC 6901), e.g. {@code /Preauthorizations/1/ReceiptIdentifier}
 * @param element the spec element it would be, {@code Schema.Property}, e.g. {@code Preauthorization.ReceiptIdentifier}
 */
public record UndeclaredProperty(String pointer, String element) {
}
