package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.Finding;
import io.mewscontract.docs.SourceRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rule TypeFromExample: where no type cell says what a property holds (the GitBook export lost it, or
 * only an example shows the key), the example values do; and where a type cell says a scalar but every
 * example sends an array, the example wins (it is what goes on the wire) and the page is reported as
 * contradicting itself.
 */
final class TypeFromExample implements DraftRule {
    @Override
    public String name() {
        return DraftRules.TYPE_FROM_EXAMPLE;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            if (p.owner.fixed) {
                continue;
            }
            List<JsonNode> values = p.shownValues().stream()
                    .map(ExampleFact::value)
                    .filter(v -> v != null && !v.isNull())
                    .toList();
            List<SourceRef> sources =
                    p.shownValues().stream().map(ExampleFact::source).toList();
            if (values.isEmpty()) {
                continue;
            }
            TypeRef shown = of(values);
            if (!p.type.isKnown()
                    && shown.element() instanceof TypeRef.Scalar scalar
                    && scalar.type().equals("string")) {
                SchemaDraft list = enumFor(model, p, Formats.strings(p));
                if (list != null) {
                    shown = shown.withElement(new TypeRef.Ref(list));
                }
            }
            if (!p.type.isKnown() && shown.isKnown()) {
                p.type = shown;
                context.decide(
                        p,
                        name(),
                        "type " + TableTypes.describe(shown) + " (no type cell; from the examples)",
                        sources);
            } else if (p.type instanceof TypeRef.Scalar && shown instanceof TypeRef.ArrayOf) {
                TableFact table = p.tables.get(0);
                context.find(Finding.warning(
                        table.source().document(),
                        table.source().line(),
                        "self-contradiction",
                        p + ": the type cell says '" + table.property().type() + "' but the examples send an array ("
                                + sources.get(0) + "); the draft follows the examples"));
                p.type = new TypeRef.ArrayOf(p.type);
                context.decide(
                        p,
                        name(),
                        "type " + TableTypes.describe(p.type)
                                + " (the type cell says a scalar; every example sends an array)",
                        sources);
            }
        }
    }

    /**
     * The documented enum a lost type cell named: one whose heading ends with the property's name
     * ({@code State} and {@code Payment request state}, {@code States} and the same) and whose list holds
     * every value the examples show.
     */
    private static @Nullable SchemaDraft enumFor(ModelBuilder model, PropertyDraft p, List<String> shown) {
        String name = Names.key(p.name.replaceAll("([a-z])([A-Z])", "$1 $2"));
        String singular = Names.singular(name);
        List<String> candidates = new java.util.ArrayList<>();
        for (Map.Entry<String, List<Catalog.EnumList>> e : model.catalog.enums.entrySet()) {
            boolean named = e.getKey().equals(name)
                    || e.getKey().endsWith(" " + name)
                    || e.getKey().equals(singular)
                    || e.getKey().endsWith(" " + singular);
            boolean holds = e.getValue().stream()
                    .flatMap(l -> l.list().valueNames().stream())
                    .toList()
                    .containsAll(shown);
            if (named && holds) {
                candidates.add(e.getKey());
            }
        }
        if (candidates.size() > 1) {
            // Several fit: the one listed on the page that has the property's table.
            java.util.Set<String> documents = new java.util.HashSet<>();
            p.tables.forEach(t -> documents.add(t.source().document()));
            candidates.removeIf(key -> java.util.Objects.requireNonNull(model.catalog.enums.get(key)).stream()
                    .noneMatch(l -> documents.contains(l.document())));
        }
        return candidates.size() != 1
                ? null
                : model.schemaFor(
                        candidates.get(0),
                        java.util.Objects.requireNonNull(model.catalog.enums.get(candidates.get(0)))
                                .get(0)
                                .source());
    }

    private static TypeRef of(List<JsonNode> values) {
        JsonNode v = values.get(0);
        if (v.isArray()) {
            List<JsonNode> items = values.stream()
                    .filter(JsonNode::isArray)
                    .flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false))
                    .filter(i -> !i.isNull())
                    .toList();
            return new TypeRef.ArrayOf(items.isEmpty() ? TypeRef.UNKNOWN : of(items));
        }
        if (v.isTextual()) {
            return TypeRef.STRING;
        }
        if (v.isBoolean()) {
            return new TypeRef.Scalar("boolean", "");
        }
        if (v.isNumber()) {
            boolean integral = values.stream().allMatch(JsonNode::isIntegralNumber);
            return integral ? new TypeRef.Scalar("integer", "int32") : new TypeRef.Scalar("number", "");
        }
        return v.isObject() ? new TypeRef.FreeObject() : TypeRef.UNKNOWN;
    }
}
