package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule Pagination (usage guidelines): an operation whose request has {@code Limitation} and whose response
 * has {@code Cursor} is paginated: {@code x-mews-pagination: {items: P}} names the response's first array
 * property (several lists may come back; the cursor pages the first). The response {@code Cursor} is
 * always present when {@code Limitation} was sent and {@code null} only when no item was returned:
 * required and nullable. Cursors are opaque: never given a format.
 */
final class Pagination implements DraftRule {
    @Override
    public String name() {
        return DraftRules.PAGINATION;
    }

    static boolean isCursor(PropertyDraft p) {
        return p.name.equals("Cursor");
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (OperationModel op : model.operations.values()) {
            PropertyDraft limitation = op.request.properties.get("Limitation");
            if (limitation == null || op.response == null || !op.response.properties.containsKey("Cursor")) {
                continue;
            }
            PropertyDraft items = op.response.properties.values().stream()
                    .filter(p -> p.type instanceof TypeRef.ArrayOf)
                    .findFirst()
                    .orElse(null);
            if (items == null) {
                continue;
            }
            op.extensions.put(
                    "x-mews-pagination", JsonNodeFactory.instance.objectNode().put("items", items.name));
            PropertyDraft cursor = op.response.properties.get("Cursor");
            cursor.required = true;
            cursor.nullable = true;
            cursor.type = TypeRef.STRING;
            List<SourceRef> sources = new ArrayList<>(limitation.tableSources());
            sources.addAll(cursor.tableSources());
            sources.add(WellKnownObjects.FACTS_PAGINATION);
            context.decide(op, name(), "paginated over " + items.name, sources);
            context.decide(
                    cursor,
                    name(),
                    "required, nullable, opaque string (always present when Limitation"
                            + " was sent; null only when no item was returned)",
                    List.of(new SourceRef("MEWS-API-FACTS.md", 44)));
        }
    }
}
