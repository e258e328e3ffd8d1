package io.mewscontract.docs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Links a property's type to the object table or enum of the same document that it names, so a
 * consumer can follow {@code array of Preauthorization} to the {@code Preauthorization} table.
 * Runs after a whole document is read because enums and object tables may come after their use.
 */
final class TypeReferences {
    private static final String ARRAY_OF = "array of ";

    private TypeReferences() {}

    static List<DocumentedOperation> link(List<DocumentedOperation> operations, List<DocumentedEnum> enums) {
        return operations.stream().map(op -> link(op, enums)).toList();
    }

    /** Links the properties of object tables outside any operation (a shared objects page) among themselves. */
    static List<PropertyTable> linkObjects(List<PropertyTable> objects, List<DocumentedEnum> enums) {
        DocumentedOperation holder = new DocumentedOperation("", "", "", 0, List.of(), List.of(), objects);
        return link(holder, enums).tables();
    }

    private static DocumentedOperation link(DocumentedOperation op, List<DocumentedEnum> enums) {
        List<PropertyTable> tables = op.tables().stream()
                .map(table -> new PropertyTable(
                        table.role(),
                        table.objectName(),
                        table.properties().stream().map(p -> link(p, op, enums)).toList(),
                        table.line(),
                        table.responseDescription(),
                        table.inferredStatus()))
                .toList();
        return new DocumentedOperation(
                op.title(),
                op.path(),
                op.description(),
                op.line(),
                op.requestExamples(),
                op.responseExamples(),
                tables,
                op.deprecation());
    }

    private static DocumentedProperty link(
            DocumentedProperty property, DocumentedOperation op, List<DocumentedEnum> enums) {
        if (!property.refersTo().isEmpty() || property.typeUnknown()) {
            return property;
        }
        // The whole type first: a link text may itself start with "array of" ("Array of strings update value").
        Optional<String> target = target(property.type(), op, enums);
        if (target.isEmpty() && property.type().toLowerCase(Locale.ROOT).startsWith(ARRAY_OF)) {
            target = target(property.type().substring(ARRAY_OF.length()).strip(), op, enums);
        }
        return target.map(property::withRefersTo).orElse(property);
    }

    private static Optional<String> target(String named, DocumentedOperation op, List<DocumentedEnum> enums) {
        return op.tables(TableRole.OBJECT).stream()
                .map(PropertyTable::objectName)
                .filter(named::equalsIgnoreCase)
                .findFirst()
                .or(() -> enums.stream()
                        .map(DocumentedEnum::name)
                        .filter(named::equalsIgnoreCase)
                        .findFirst());
    }
}
