package io.mewscontract.docs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The properties of one request body, response body or named object, in document order.
 *
 * @param role what the table describes
 * @param objectName the object's name as the document writes it ({@code Preauthorization},
 *     {@code Payment request parameters}); for reference pages the schema title
 *     ({@code MultipleCustomerParameters}); empty for request and response tables that have no name
 * @param properties the properties in document order
 * @param line 1-based line of the table's heading, or of its header row when it has no heading
 * @param responseDescription for response tables of reference pages, the paragraph shown before the
 *     schema ({@code OK}, {@code Error caused by the client app...}); empty otherwise
 * @param inferredStatus the HTTP status that {@code responseDescription} is taken to describe, when
 *     the wording is recognised; reference pages do not print status codes, so this is inferred and
 *     never stated (see {@code ResponseStatusPhrases})
 */
public record PropertyTable(
        TableRole role,
        String objectName,
        List<DocumentedProperty> properties,
        int line,
        String responseDescription,
        OptionalInt inferredStatus) {

    public PropertyTable {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(objectName, "objectName");
        properties = List.copyOf(properties);
        Objects.requireNonNull(responseDescription, "responseDescription");
        Objects.requireNonNull(inferredStatus, "inferredStatus");
    }

    /** The property names in document order. */
    public List<String> propertyNames() {
        return properties.stream().map(DocumentedProperty::name).toList();
    }

    /** The first property with this exact name. */
    public Optional<DocumentedProperty> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
