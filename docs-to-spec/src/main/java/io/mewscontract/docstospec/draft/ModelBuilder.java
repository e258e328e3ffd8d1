package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.DocumentedEnum;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.DocumentedProperty;
import io.mewscontract.docs.EnumValue;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the draft model from the catalog: an operation per path, a schema per request and response
 * body, and a schema for every object and enum reached from them, each property holding every table row
 * that describes it (rule {@link DraftRules#UNION_OF_FIELDS}) with its resolved type. Examples are
 * attached afterwards by {@link ExampleWalker}.
 */
final class ModelBuilder {
    final Catalog catalog;
    final DraftContext context;
    final Map<String, SchemaDraft> schemas = new LinkedHashMap<>();
    final Map<String, OperationModel> operations = new LinkedHashMap<>();
    private final Map<String, String> namesTaken = new LinkedHashMap<>();
    private final Deque<SchemaDraft> toFill = new ArrayDeque<>();
    private final TypeCells cells;

    ModelBuilder(Catalog catalog, DraftContext context) {
        this.catalog = catalog;
        this.context = context;
        this.cells = new TypeCells(catalog, this, context);
    }

    void build() {
        for (Map.Entry<String, List<OperationModel.Occurrence>> entry : catalog.operations.entrySet()) {
            operation(entry.getKey(), entry.getValue());
        }
        while (!toFill.isEmpty()) {
            fillObject(toFill.pop());
        }
    }

    /** Fills objects created after {@link #build()} (by a rule) and decides their table types. */
    void fillPending() {
        List<SchemaDraft> filled = new ArrayList<>();
        while (!toFill.isEmpty()) {
            SchemaDraft s = toFill.pop();
            fillObject(s);
            filled.add(s);
        }
        filled.forEach(s -> s.properties.values().forEach(p -> TableTypes.decide(p, context)));
    }

    private void operation(String path, List<OperationModel.Occurrence> occurrences) {
        String requestName = occurrences.stream()
                .flatMap(o -> o.operation().requestTable().stream())
                .map(PropertyTable::objectName)
                .filter(n -> !n.isEmpty())
                .findFirst()
                .orElse(Names.requestSchema(path));
        SchemaDraft request = newSchema("request " + path, requestName, SchemaDraft.Kind.OBJECT);
        OperationModel op = new OperationModel(path, Names.operationId(path), Names.tag(path), request);
        op.occurrences.addAll(occurrences);
        operations.put(path, op);
        SchemaDraft response = null;
        String responseName = occurrences.stream()
                .flatMap(o -> o.operation().responseTable().stream())
                .map(PropertyTable::objectName)
                .filter(n -> !n.isEmpty())
                .findFirst()
                .orElse(Names.responseSchema(path));
        for (OperationModel.Occurrence o : occurrences) {
            DocumentedOperation section = o.operation();
            if (op.summary.isEmpty()) {
                op.summary = section.title();
            }
            if (op.description.isEmpty()) {
                op.description = section.description();
            }
            section.requestTable().ifPresent(t -> addTable(request, o.document(), t));
            Optional<PropertyTable> responseTable = section.responseTable();
            boolean shownContent = section.responseExamples().stream()
                    .anyMatch(e ->
                            e.json().map(j -> !(j.isObject() && j.isEmpty())).orElse(true));
            if (response == null && (responseTable.isPresent() || shownContent)) {
                response = newSchema("response " + path, responseName, SchemaDraft.Kind.OBJECT);
            }
            if (response != null && responseTable.isPresent()) {
                addTable(response, o.document(), responseTable.get());
            }
        }
        op.response = response;
    }

    private void addTable(SchemaDraft schema, String document, PropertyTable table) {
        if (!table.objectName().isEmpty()) {
            schema.docNames.add(table.objectName());
        }
        schema.sources.add(new SourceRef(document, table.line()));
        boolean first = schema.sources.size() == 1;
        for (DocumentedProperty row : table.properties()) {
            if (!first && !schema.properties.containsKey(row.name()) && !context.applies(DraftRules.UNION_OF_FIELDS)) {
                continue;
            }
            SourceRef at = new SourceRef(document, row.line());
            TypeCells.Resolved resolved = cells.resolve(document, row, at);
            PropertyDraft property = schema.property(row.name());
            property.tables.add(new TableFact(at, row, resolved.type(), resolved.rule()));
            LostTypeCells.Recovered recovered = resolved.recovered();
            if (recovered != null) {
                context.decide(
                        property,
                        DraftRules.TYPE_FROM_LINKED_HEADING,
                        "type cell '" + recovered.text() + "' (lost in the export; its text printed at the page's end)",
                        List.of(at, recovered.printedAt()));
            }
            if (resolved.defaultNumberFormat()) {
                context.decide(
                        property,
                        DraftRules.DEFAULT_NUMBER_FORMAT,
                        "'" + row.type() + "' is the OpenAPI file's format of every number: no format stated"
                                + " (money is decimal by " + DraftRules.MONEY_IS_DECIMAL + ")",
                        List.of(at));
            }
            if (resolved.hybridIdentifier()) {
                property.hybridIdentifier = true;
                context.decide(
                        property,
                        DraftRules.HYBRID_IDENTIFIER,
                        "format hybrid-id (a uuid or a prefixed alternative id)",
                        List.of(at));
            }
        }
    }

    /** The schema of the object or enum the catalog names by {@code key}, created on first use. */
    SchemaDraft schemaFor(String key, SourceRef usedAt) {
        SchemaDraft existing = schemas.get("object " + key);
        if (existing != null) {
            return existing;
        }
        List<Catalog.EnumList> lists = catalog.enums.getOrDefault(key, List.of());
        List<Catalog.ObjectTable> tables = catalog.objects.getOrDefault(key, List.of());
        String display = !tables.isEmpty()
                ? tables.get(0).table().objectName()
                : !lists.isEmpty() ? lists.get(0).list().name() : key;
        if (tables.isEmpty() && !lists.isEmpty()) {
            SchemaDraft schema = newSchema("object " + key, Names.component(display), SchemaDraft.Kind.ENUM);
            for (Catalog.EnumList list : lists) {
                addEnum(schema, list);
            }
            return schema;
        }
        SchemaDraft schema = newSchema("object " + key, Names.component(display), SchemaDraft.Kind.OBJECT);
        toFill.push(schema);
        return schema;
    }

    private void addEnum(SchemaDraft schema, Catalog.EnumList list) {
        DocumentedEnum e = list.list();
        schema.docNames.add(e.name());
        schema.sources.add(list.source());
        if (e.values().isEmpty()) {
            context.find(io.mewscontract.docs.Finding.warning(
                    list.document(), e.line(), "empty-enum", "the list under '" + e.name() + "' holds no value"));
        }
        for (EnumValue v : e.values()) {
            SchemaDraft.EnumValueDraft value =
                    schema.values.computeIfAbsent(v.value(), SchemaDraft.EnumValueDraft::new);
            if (value.description.isEmpty()) {
                value.description = v.description();
            }
            value.sources.add(new SourceRef(list.document(), v.line()));
        }
    }

    private void fillObject(SchemaDraft schema) {
        String key = schema.key.substring("object ".length());
        for (Catalog.ObjectTable table : catalog.objects.getOrDefault(key, List.of())) {
            addTable(schema, table.document(), table.table());
        }
        for (Catalog.EnumList list : catalog.enums.getOrDefault(key, List.of())) {
            // A heading with both a table and a list: the list documents the object's kinds (a union).
            addEnum(schema, list);
        }
    }

    /** {@code Localized text}: a map from language codes to text, one component for every use. */
    SchemaDraft localizedText(SourceRef usedAt) {
        SchemaDraft existing = schemas.get("map localized text");
        if (existing != null) {
            return existing;
        }
        SchemaDraft schema = newSchema("map localized text", "LocalizedText", SchemaDraft.Kind.MAP);
        schema.fixed = true;
        schema.docNames.add("Localized text");
        schema.description = "Texts by language code, e.g. en-GB.";
        context.decide(schema, DraftRules.MAPS, "map from language code to text", List.of(usedAt));
        return schema;
    }

    /** An update value object ({@code {"Value": x}}) that no page read defines. */
    SchemaDraft updateValue(String name, TypeRef valueType, SourceRef usedAt) {
        String key = "object " + Names.key(name);
        SchemaDraft existing = schemas.get(key);
        if (existing != null) {
            return existing;
        }
        SchemaDraft schema = newSchema(key, Names.component(name), SchemaDraft.Kind.OBJECT);
        schema.fixed = true;
        schema.docNames.add(name);
        schema.description = "An update of one field: absent or null leaves it unchanged; Value sets it"
                + " (null clears it where the field may be empty).";
        schema.extensions.put("x-mews-update-value", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
        PropertyDraft value = schema.property("Value");
        value.type = valueType;
        value.nullable = true;
        value.description = "The new value.";
        context.decide(schema, DraftRules.UPDATE_VALUES, "{Value: nullable}", List.of(usedAt));
        return schema;
    }

    /** The well-known object named {@code key} ({@code time interval}) when no page defines it. */
    Optional<SchemaDraft> wellKnownByName(String key, SourceRef usedAt) {
        String name = WellKnownObjects.nameForKey(key);
        return name.isEmpty() || !context.applies(DraftRules.WELL_KNOWN_OBJECTS)
                ? Optional.empty()
                : Optional.of(wellKnown(name));
    }

    /** The well-known object whose shape these example keys show, when there is one. */
    Optional<SchemaDraft> wellKnownByKeys(Set<String> keys) {
        String name = WellKnownObjects.nameForKeys(keys);
        return name.isEmpty() || !context.applies(DraftRules.WELL_KNOWN_OBJECTS)
                ? Optional.empty()
                : Optional.of(wellKnown(name));
    }

    private SchemaDraft wellKnown(String name) {
        SchemaDraft existing = schemas.get("known " + name);
        if (existing != null) {
            return existing;
        }
        SchemaDraft schema = newSchema("known " + name, name, SchemaDraft.Kind.OBJECT);
        WellKnownObjects.fill(schema, context);
        return schema;
    }

    /** An object only examples show (its type cell was lost): named after where it sits. */
    SchemaDraft exampleObject(SchemaDraft owner, String property) {
        String key = "example " + owner.name + "." + property;
        SchemaDraft existing = schemas.get(key);
        return existing != null ? existing : newSchema(key, owner.name + property, SchemaDraft.Kind.OBJECT);
    }

    private SchemaDraft newSchema(String key, String name, SchemaDraft.Kind kind) {
        String unique = name;
        for (int i = 2;
                namesTaken.containsKey(unique) && !namesTaken.get(unique).equals(key);
                i++) {
            unique = name + i;
        }
        namesTaken.put(unique, key);
        SchemaDraft schema = new SchemaDraft(key, unique, kind);
        schemas.put(key, schema);
        return schema;
    }

    /** Every object schema's properties, for the rules. */
    List<PropertyDraft> allProperties() {
        List<PropertyDraft> all = new ArrayList<>();
        schemas.values().forEach(s -> all.addAll(s.properties.values()));
        return all;
    }
}
