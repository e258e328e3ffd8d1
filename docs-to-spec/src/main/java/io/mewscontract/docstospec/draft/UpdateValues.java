package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.BooleanNode;

/**
 * Rule UpdateValues: {@code String update value}, {@code Bool update value}, {@code Widget amount update value}
 * ... are {@code {"Value": x}} objects marked {@code x-mews-update-value: true} (DESIGN.md): absent or
 * {@code null} leaves the field unchanged, {@code {"Value": x}} sets it, {@code {"Value": null}} clears it. So
 * {@code Value} is nullable, and a property holding an update is optional. A type cell naming an update value
 * no page defines gets the object synthesized from its name ({@link ModelBuilder#updateValue}); this class
 * marks the ones pages define with a table.
 */
final class UpdateValues implements DraftRule {
    @Override
    public String name() {
        return DraftRules.UPDATE_VALUES;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (SchemaDraft s : model.schemas.values()) {
            boolean named = s.docNames.stream().anyMatch(n -> Names.key(n).endsWith(" update value"));
            if (!named
                    || s.kind != SchemaDraft.Kind.OBJECT
                    || s.fixed
                    || !s.properties.keySet().equals(java.util.Set.of("Value"))) {
                continue;
            }
            s.extensions.put("x-mews-update-value", BooleanNode.TRUE);
            PropertyDraft value = java.util.Objects.requireNonNull(s.properties.get("Value"));
            value.nullable = true;
            context.decide(s, name(), "update value {Value: nullable}; null clears", s.sources);
        }
    }
}
