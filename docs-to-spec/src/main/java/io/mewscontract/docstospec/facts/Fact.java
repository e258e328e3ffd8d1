package io.mewscontract.docstospec.facts;

import java.util.Objects;

/**
 * One comparable statement of an OpenAPI document.
 *
 * @param pointer where the fact sits in the flattened document (see {@link ContractFacts}): a JSON pointer such
 *     as {@code /components/schemas/Amount/properties/NetValue/nullable}; members of sets end with the member,
 *     e.g. {@code /components/schemas/Amount/required/NetValue} or {@code .../enum/Pending}
 * @param kind what the fact states
 * @param value the stated value as canonical text ({@code "true"}, {@code "uuid"}, canonical JSON for objects)
 * @param element the pointer of the element the fact is about: an operation, response, parameter, schema or
 *     property. A {@code required} member is about the property it names.
 */
public record Fact(String pointer, FactKind kind, String value, String element) {
    public Fact {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(element, "element");
    }
}
