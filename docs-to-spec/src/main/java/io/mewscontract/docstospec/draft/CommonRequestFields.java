package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule CommonRequestFields: {@code ClientToken}, {@code AccessToken}, {@code Client} (and the optional
 * {@code LanguageCode}, {@code CultureCode} of the usage guidelines) are the fields every request carries.
 * They move out of each request body into one component {@code ConnectorRequest}
 * ({@code x-mews-common-request: true}), which every request body extends
 * ({@code allOf: [ConnectorRequest, {own properties}]}). The component unites what every page says about
 * these fields (e.g. one page's {@code >= 1 characters}); tokens are secrets ({@code format: password}).
 *
 * <p>Which fields, which are required, which are secret and which go together is the runtime's one list
 * ({@link io.mewscontract.runtime.CommonRequestFields#FIELDS}), which the generator checks specs against too.
 */
final class CommonRequestFields implements DraftRule {
    static final SourceRef FACTS_COMMON = new SourceRef("MEWS-API-FACTS.md", 0);

    @Override
    public String name() {
        return DraftRules.COMMON_REQUEST_FIELDS;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        if (model.operations.isEmpty()) {
            return;
        }
        SchemaDraft common = new SchemaDraft("known ConnectorRequest", "ConnectorRequest", SchemaDraft.Kind.OBJECT);
        common.description = "The fields every Connector API request body carries.";
        common.extensions.put("x-mews-common-request", BooleanNode.TRUE);
        ArrayNode together = JsonNodeFactory.instance.arrayNode();
        io.mewscontract.runtime.CommonRequestFields.REQUIRED_TOGETHER.forEach(together::add);
        common.extensions.put("x-mews-required-together", together);
        List<SourceRef> sources = new ArrayList<>();
        for (io.mewscontract.runtime.CommonRequestFields.Field wire :
                io.mewscontract.runtime.CommonRequestFields.FIELDS) {
            String field = wire.wireName();
            PropertyDraft merged = common.property(field);
            for (OperationModel op : model.operations.values()) {
                PropertyDraft own = op.request.properties.remove(field);
                if (own != null) {
                    merged.tables.addAll(own.tables);
                    merged.examples.addAll(own.examples);
                    if (merged.description.isEmpty()) {
                        merged.description = own.description;
                    }
                    sources.addAll(own.tableSources());
                }
            }
            merged.type = TypeRef.STRING;
            merged.required = wire.required();
            merged.nullable = !merged.required;
            if (wire.secret()) {
                merged.type = new TypeRef.Scalar("string", "password");
            }
            if (merged.description.isEmpty()) {
                merged.description = switch (field) {
                    case "LanguageCode" -> "Language of the response texts (e.g. en-US).";
                    case "CultureCode" -> "Culture for formatting in the response texts (e.g. en-US).";
                    default -> "The " + field + " every request carries.";
                };
            }
            merged.examples.clear(); // common fields are decided here, not by examples of single operations
        }
        common.fixed = true;
        model.schemas.put(common.key, common);
        model.operations.values().forEach(op -> op.request.requestBody = true);
        for (PropertyDraft p : common.properties.values()) {
            p.tables.forEach(t -> {
                t.property().constraints().minLength().ifPresent(min -> p.minLength = java.util.OptionalInt.of(min));
            });
        }
        context.decide(
                common,
                name(),
                "ClientToken, AccessToken, Client required (tokens format password);"
                        + " LanguageCode, CultureCode optional, required together",
                sources.isEmpty() ? List.of(FACTS_COMMON) : sources);
    }
}
