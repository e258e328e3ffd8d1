package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Rule Batch: a read that is not paginated and whose only required id list has a {@code maxItems} is
 * batched: {@code x-mews-batch: {ids: P, items: Q}} lets a client split a longer list into chunks of
 * {@code maxItems} and concatenate the response lists {@code Q} (the response's first array) in order.
 */
final class Batch implements DraftRule {
    @Override
    public String name() {
        return DraftRules.BATCH;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (OperationModel op : model.operations.values()) {
            boolean read = op.extensions.containsKey("x-mews-kind")
                    && op.extensions.get("x-mews-kind").asText().equals("read");
            if (!read || op.extensions.containsKey("x-mews-pagination") || op.response == null) {
                continue;
            }
            List<PropertyDraft> idLists = op.request.properties.values().stream()
                    .filter(p -> p.required
                            && p.type instanceof TypeRef.ArrayOf
                            && p.maxItems.isPresent()
                            && p.name.endsWith("Ids"))
                    .toList();
            PropertyDraft items = op.response.properties.values().stream()
                    .filter(p -> p.type instanceof TypeRef.ArrayOf)
                    .findFirst()
                    .orElse(null);
            if (idLists.size() != 1 || items == null) {
                continue;
            }
            PropertyDraft ids = idLists.get(0);
            op.extensions.put(
                    "x-mews-batch",
                    JsonNodeFactory.instance.objectNode().put("ids", ids.name).put("items", items.name));
            context.decide(
                    op,
                    name(),
                    "batched over " + ids.name + " (max " + ids.maxItems.getAsInt() + ") into " + items.name,
                    ids.tableSources());
        }
    }
}
