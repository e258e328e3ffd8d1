package io.mewscontract.docs;

import java.util.Objects;

/**
 * One property as a document describes it: a row of a property table, or one entry of a schema in
 * a reference page.
 *
 * @param name the property name as written, e.g. {@code CustomerIds}
 * @param type the type as written, link text only: {@code array of string}, {@code array of
 *     Preauthorization}, {@code string format: uuid}. Empty when the document lost it: GitBook
 *     exports drop type cells that consisted of a link (e.g. {@code Amount}), and a reference page
 *     may show no type (e.g. {@code Details}). A reference page's map is {@code object, additional
 *     properties: X} (its {@code object} and {@code Additional properties: X} lines).
 * @param refersTo the name of the object table or enum of the same document that the type names
 *     ({@code Preauthorization}, {@code Preauthorization state}), or empty when the type names
 *     nothing documented here; on a reference page, the title shown with the type (of the nested
 *     schema, enum or map)
 * @param contract the contract as written, e.g. {@code required, max 1000 items}; for reference
 *     pages the markers joined with {@code ", "} in the order shown, e.g. {@code required, >= 1
 *     items <= 1000 items} or {@code nullable}
 * @param presence whether the document says the property must be present
 * @param nullable whether the document marks the value {@code nullable} (only reference pages
 *     state nullability; {@code false} means "not stated" elsewhere)
 * @param constraints the parsed constraints of {@code contract}
 * @param description the description as plain text (links reduced to their text), or empty
 * @param line 1-based line of the property name in the document
 * @param link the target of the link in the type cell as written ({@code _objects.md#time-interval},
 *     {@code #widget-state}, {@code https://.../_objects#amount}), or empty when the cell holds no link
 *     (or the rendering lost it)
 * @param deprecated whether the row is struck through ({@code ~~`Flag`~~}) or, on a reference page, marked
 *     {@code deprecated}: the property is deprecated
 * @param replacement the text after {@code **Deprecated!**} (reference pages: {@code Deprecated!}) in the
 *     description (e.g. {@code Use NewFlag instead.}), or empty
 */
public record DocumentedProperty(
        String name,
        String type,
        String refersTo,
        String contract,
        Presence presence,
        boolean nullable,
        PropertyConstraints constraints,
        String description,
        int line,
        String link,
        boolean deprecated,
        String replacement) {

    public DocumentedProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(refersTo, "refersTo");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(replacement, "replacement");
    }

    /** A property whose type cell holds no link and which is not deprecated. */
    public DocumentedProperty(
            String name,
            String type,
            String refersTo,
            String contract,
            Presence presence,
            boolean nullable,
            PropertyConstraints constraints,
            String description,
            int line) {
        this(name, type, refersTo, contract, presence, nullable, constraints, description, line, "", false, "");
    }

    /** Whether the type was lost or never shown (see {@link #type()}). */
    public boolean typeUnknown() {
        return type.isEmpty();
    }

    /** A copy that names the documented object or enum its type refers to. */
    public DocumentedProperty withRefersTo(String target) {
        return new DocumentedProperty(
                name,
                type,
                target,
                contract,
                presence,
                nullable,
                constraints,
                description,
                line,
                link,
                deprecated,
                replacement);
    }
}
