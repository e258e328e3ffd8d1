package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.docs.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule DiscriminatedUnions: an object with a {@code Discriminator} enum is a union, in one of two forms.
 * <ol>
 *   <li>{@code Discriminator} plus {@code Value} of type {@code object} ("structure depends on
 *       Discriminator"): each enum value names the object heading {@code Value} holds
 *       ({@code WidgetPdfFile} names {@code Widget PDF file}). Written as
 *       {@code x-mews-union: {discriminator: Discriminator, value: Value, mapping: {WidgetPdfFile: $ref}}}
 *       on the object (DESIGN.md); {@code Value} stays {@code type: object}.</li>
 *   <li>{@code Discriminator} plus one optional property per kind, only the current kind's present:
 *       {@code x-mews-union: {discriminator: Discriminator, mapping: {Enterprise: {property: EnterpriseProfile,
 *       schema: $ref}}}}, each value mapped to the property whose name starts with it.</li>
 * </ol>
 */
final class DiscriminatedUnions implements DraftRule {
    @Override
    public String name() {
        return DraftRules.DISCRIMINATED_UNIONS;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (SchemaDraft s : List.copyOf(model.schemas.values())) {
            PropertyDraft discriminator = s.properties.get("Discriminator");
            if (discriminator == null
                    || !(discriminator.type instanceof TypeRef.Ref ref)
                    || ref.target().kind != SchemaDraft.Kind.ENUM) {
                continue;
            }
            ObjectNode union = JsonNodeFactory.instance.objectNode().put("discriminator", "Discriminator");
            ObjectNode mapping = JsonNodeFactory.instance.objectNode();
            PropertyDraft value = s.properties.get("Value");
            if (value != null && !(value.type instanceof TypeRef.Scalar)) {
                union.put("value", "Value");
                SourceRef at = value.tableSources().isEmpty()
                        ? s.sources.get(0)
                        : value.tableSources().get(0);
                for (String kind : ref.target().values.keySet()) {
                    String key = model.catalog.keyOfComponentName(kind);
                    if (key != null) {
                        mapping.put(kind, SchemaWriter.REF_PREFIX + model.schemaFor(key, at).name);
                    }
                }
                model.fillPending();
            } else {
                for (String kind : ref.target().values.keySet()) {
                    s.properties.keySet().stream()
                            .filter(n -> !n.equals("Discriminator")
                                    && n.toLowerCase(Locale.ROOT).startsWith(kind.toLowerCase(Locale.ROOT)))
                            .findFirst()
                            .ifPresent(n -> {
                                ObjectNode variant = mapping.putObject(kind).put("property", n);
                                if (java.util.Objects.requireNonNull(s.properties.get(n)).type
                                        instanceof TypeRef.Ref member) {
                                    variant.put("schema", SchemaWriter.REF_PREFIX + member.target().name);
                                }
                            });
                }
            }
            if (mapping.isEmpty()) {
                continue;
            }
            union.set("mapping", mapping);
            s.extensions.put("x-mews-union", union);
            List<SourceRef> sources = discriminator.tableSources();
            context.decide(
                    s,
                    name(),
                    "discriminated union "
                            + (union.has("value") ? "(Discriminator + Value) " : "(a property per kind) ")
                            + mappingText(mapping),
                    sources);
        }
    }

    private static String mappingText(ObjectNode mapping) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : mapping.properties()) {
            JsonNode target = e.getValue().isObject() ? e.getValue().path("property") : e.getValue();
            out.append(out.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(" -> ")
                    .append(target.asText().replace(SchemaWriter.REF_PREFIX, ""));
        }
        return out.toString();
    }
}
