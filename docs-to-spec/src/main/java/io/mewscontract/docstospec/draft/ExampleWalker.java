package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.Finding;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks every valid JSON example down the drafted schemas and records, for each property of each object
 * it holds, what the example shows: a value, {@code null}, or nothing (the key omitted). Keys no table
 * lists become properties (rule {@link DraftRules#UNION_OF_FIELDS}); an object under a property whose type
 * cell was lost gets its schema from the example (rule {@link DraftRules#TYPE_FROM_EXAMPLE}). An example
 * that is not valid JSON is reported and contributes nothing.
 */
final class ExampleWalker {
    private final ModelBuilder model;
    private final DraftContext context;

    ExampleWalker(ModelBuilder model, DraftContext context) {
        this.model = model;
        this.context = context;
    }

    void walkAll() {
        for (OperationModel op : model.operations.values()) {
            for (OperationModel.Occurrence o : op.occurrences) {
                for (JsonExample example : o.operation().requestExamples()) {
                    walkExample(o.document(), example, op.request);
                }
                for (JsonExample example : o.operation().responseExamples()) {
                    walkExample(o.document(), example, op.response);
                }
            }
        }
    }

    private void walkExample(String document, JsonExample example, @Nullable SchemaDraft schema) {
        Optional<JsonNode> json = example.json();
        if (json.isEmpty()) {
            example.error()
                    .ifPresent(e -> context.find(Finding.warning(
                            document,
                            e.line(),
                            "invalid-example",
                            "example is not valid JSON (" + e.message() + ", column " + e.column()
                                    + "); it is not used")));
            return;
        }
        if (schema != null && json.get().isObject()) {
            walk(schema, json.get(), "", document, ExampleLines.of(example));
        }
    }

    private void walk(SchemaDraft schema, JsonNode node, String pointer, String document, ExampleLines lines) {
        if (schema.kind != SchemaDraft.Kind.OBJECT || !node.isObject()) {
            return;
        }
        if (!schema.fixed) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                boolean known = schema.properties.containsKey(key);
                if (!known && (schema.properties.isEmpty() || context.applies(DraftRules.UNION_OF_FIELDS))) {
                    schema.property(key);
                }
            }
        }
        for (PropertyDraft property : List.copyOf(schema.properties.values())) {
            String at = pointer + "/" + Pointers.escape(property.name);
            JsonNode value = node.get(property.name);
            property.examples.add(
                    new ExampleFact(new SourceRef(document, lines.line(value == null ? pointer : at)), value));
            if (value == null || value.isNull()) {
                continue;
            }
            if (!property.type.isKnown() && !schema.fixed) {
                inferObjectType(property, value);
            }
            descend(property.type, value, at, document, lines);
        }
    }

    private void descend(TypeRef type, JsonNode value, String pointer, String document, ExampleLines lines) {
        if (type instanceof TypeRef.ArrayOf array && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                descend(array.items(), value.get(i), pointer + "/" + i, document, lines);
            }
        } else if (type instanceof TypeRef.Ref ref && value.isObject()) {
            walk(ref.target(), value, pointer, document, lines);
        }
    }

    /** Rule TypeFromExample for objects: a lost type cell whose examples hold objects (or arrays of them). */
    private void inferObjectType(PropertyDraft property, JsonNode value) {
        if (!context.applies(DraftRules.TYPE_FROM_EXAMPLE)) {
            return;
        }
        JsonNode sample = value;
        boolean array = false;
        if (value.isArray()) {
            if (value.isEmpty() || !value.get(0).isObject()) {
                return;
            }
            sample = value.get(0);
            array = true;
        }
        if (!sample.isObject()) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        sample.fieldNames().forEachRemaining(keys::add);
        SchemaDraft target = model.wellKnownByKeys(keys)
                .or(() -> knownObjectWith(keys, property.name))
                .orElseGet(() -> model.exampleObject(property.owner, property.name));
        TypeRef ref = new TypeRef.Ref(target);
        property.type = array ? new TypeRef.ArrayOf(ref) : ref;
        List<SourceRef> sources = new ArrayList<>();
        property.shownValues().forEach(e -> sources.add(e.source()));
        context.decide(
                property,
                DraftRules.TYPE_FROM_EXAMPLE,
                "type " + TableTypes.describe(property.type)
                        + " (the type cell names nothing; the example holds " + (array ? "objects" : "an object")
                        + " with keys " + keys + ")",
                sources);
    }

    /**
     * The documented object the example object is: the smallest one whose table lists every key shown,
     * else one named like the property ({@code PaymentRequests} holds {@code Payment request}s) whose
     * table lists at least half the keys shown, or half of whose table the example shows.
     */
    private Optional<SchemaDraft> knownObjectWith(Set<String> keys, String propertyName) {
        String named = null;
        String covering = null;
        int coveringSize = Integer.MAX_VALUE;
        for (Map.Entry<String, List<Catalog.ObjectTable>> e : model.catalog.objects.entrySet()) {
            Set<String> listed = new LinkedHashSet<>();
            e.getValue().forEach(t -> listed.addAll(t.table().propertyNames()));
            long covered = keys.stream().filter(listed::contains).count();
            String component = Names.component(e.getValue().get(0).table().objectName());
            boolean sameName = component.equals(propertyName) || component.equals(Names.singular(propertyName));
            // Named like the property, and the two overlap mostly, from either side (an example may show keys an
            // older table lacks).
            if (sameName && (covered * 2 >= keys.size() || covered * 2 >= listed.size()) && named == null) {
                named = e.getKey();
            }
            if (covered == keys.size() && listed.size() < coveringSize) {
                covering = e.getKey();
                coveringSize = listed.size();
            }
        }
        String key = covering != null ? covering : named;
        if (key == null) {
            return Optional.empty();
        }
        SchemaDraft schema = model.schemaFor(key, new SourceRef("", 0));
        model.fillPending();
        return Optional.of(schema);
    }
}
