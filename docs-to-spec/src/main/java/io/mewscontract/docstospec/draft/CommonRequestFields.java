package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule CommonRequestFields: {@code ClientToken}, {@code AccessToken}, {@code Client} (and the optional
 * {@code LanguageCode}, {@code CultureCode} of the usage guidelines) are the fields every request carries.
 * They move out of each request body into one component {@code ConnectorRequest}
 * ({@code x-mews-common-request: true}), which every request body extends
 * ({@code allOf: [ConnectorRequest, {own properties}]}). The component unites what every page says about
 * these fields (e.g. one page's {@code >= 1 characters}); tokens are secrets ({@code format: password}).
 */
final class CommonRequestFields implements DraftRule {
    static final Set<String> FIELDS = Set.of("ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode");
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
        common.extensions.put(
                "x-mews-required-together",
                JsonNodeFactory.instance.arrayNode().add("LanguageCode").add("CultureCode"));
        List<SourceRef> sources = new ArrayList<>();
        for (String field : List.of("ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode")) {
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
            merged.required = !field.endsWith("Code");
            merged.nullable = !merged.required;
            if (field.endsWith("Token")) {
                merged.type = new TypeRef.Scalar("string", "password");
            }
            if (merged.description.isEmpty()) {
                merged.description = field.equals("LanguageCode")
                        ? "Language of the response texts (e.g. en-US)."
                        : "Culture for formatting in the response texts (e.g. en-US).";
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
