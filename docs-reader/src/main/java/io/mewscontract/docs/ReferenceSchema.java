package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * One top-level schema of a reference page as the page lists it: a flat run of properties, nested
 * schemas not yet separated (see {@link ReferenceNesting}), and the examples shown after it.
 */
final class ReferenceSchema {
    final String title;
    final int line;
    final TableRole role;
    /** For response schemas, the paragraph shown before the schema; empty otherwise. */
    final String responseDescription;

    final List<Entry> properties = new ArrayList<>();
    final List<JsonExample> examples = new ArrayList<>();

    ReferenceSchema(String title, int line, TableRole role, String responseDescription) {
        this.title = title;
        this.line = line;
        this.role = role;
        this.responseDescription = responseDescription;
    }

    /** One property entry, filled in line by line: name, then markers, description, type, title. */
    static final class Entry {
        final String name;
        final int line;
        boolean required;
        boolean nullable;
        String description;
        String type;
        final List<String> constraintLines = new ArrayList<>();
        /** The markers in the order shown; they make up the raw contract. */
        final List<String> markers = new ArrayList<>();
        /** Title of the schema shown between the name and the type, before its {@code object} line. */
        String pendingTitle;

        int pendingTitleLine;
        /** Title of the nested schema this property opens; the properties that follow belong to it. */
        String objectTitle;

        int objectTitleLine;
        /** Whether the nested schema describes the items of an array rather than the value itself. */
        boolean opensArrayItems;

        int descriptionLine;
        /** The {@code deprecated} marker. */
        boolean deprecated;
        /** Title of the enum whose values follow the type ({@code Widget state}), or null. */
        String enumTitle;

        int enumTitleLine;
        /** The values after {@code Allowed values:}, or null when the property lists none. */
        List<EnumValue> enumValues;
        /** Title of the map schema shown before {@code object} + {@code Additional properties:}, or null. */
        String mapTitle;
        /** The value type of {@code Additional properties: X}, or null when the property is no map. */
        String additionalProperties;
        /**
         * For a marker of a {@code oneOf} alternative (its title, before {@code object}): the property whose value
         * the alternative describes. Such an entry is no property; the properties after it belong to the
         * alternative.
         */
        Entry variantOf;

        Entry(String name, int line) {
            this.name = name;
            this.line = line;
        }

        /** A description comes after the name and before the type and every marker but {@code required}. */
        boolean acceptsDescription() {
            return description == null && type == null && !nullable && constraintLines.isEmpty();
        }

        /** A schema title can name this property's type only until its type is shown. */
        boolean acceptsTitle() {
            return type == null
                    && enumTitle == null
                    && mapTitle == null
                    && !nullable
                    && constraintLines.isEmpty()
                    && objectTitle == null
                    && pendingTitle == null;
        }

        void opens(String title, int titleLine, boolean arrayItems) {
            objectTitle = title;
            objectTitleLine = titleLine;
            opensArrayItems = arrayItems;
        }

        /** A marker of a {@code oneOf} alternative titled {@code title} of {@code union}'s value. */
        static Entry variant(String title, int line, Entry union) {
            Entry variant = new Entry(title, line);
            variant.variantOf = union;
            return variant;
        }

        /** Whether the page shows no type for this property (a nested schema's title counts as one). */
        boolean typeMissing() {
            return type == null && objectTitle == null && enumTitle == null && mapTitle == null;
        }

        DocumentedProperty toDocumented() {
            ReferenceLines.Described described =
                    ReferenceLines.describe(description == null ? "" : description, deprecated, enumValues != null);
            List<String> contract = new ArrayList<>(constraintLines);
            described.intervalLimit().ifPresent(contract::add);
            // Values with no title make an enum named after the property (ReferenceSectionLexer notes it): refer to it.
            String refersTo = objectTitle != null
                    ? objectTitle
                    : enumTitle != null ? enumTitle : enumValues != null ? name : mapTitle;
            String shownType = type == null ? "" : type;
            if (additionalProperties != null) {
                shownType = shownType + ", additional properties: " + additionalProperties;
            }
            return new DocumentedProperty(
                    name,
                    shownType,
                    refersTo == null ? "" : refersTo,
                    String.join(", ", markers),
                    required ? Presence.REQUIRED : Presence.UNSTATED,
                    nullable,
                    ContractText.ofReferenceLines(contract),
                    described.description(),
                    line,
                    "",
                    deprecated,
                    described.replacement());
        }
    }
}
