package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;

/**
 * Rule Deprecations: a struck-through row ({@code ~~`Flag`~~ ... **Deprecated!** Use `NewFlag` instead.})
 * makes the property {@code deprecated: true} with {@code x-mews-replaced-by: NewFlag} when the text names
 * a replacement; a warning hint above an operation's request that says it is deprecated makes the
 * operation {@code deprecated: true}, with {@code x-mews-replaced-by: operationId} when the hint names an operation
 * of the pages read ({@link Replacements}), else the hint's text kept in {@code x-mews-deprecation}.
 */
final class Deprecations implements DraftRule {

    @Override
    public String name() {
        return DraftRules.DEPRECATIONS;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (PropertyDraft p : model.allProperties()) {
            for (TableFact fact : p.tables) {
                if (!fact.property().deprecated()) {
                    continue;
                }
                p.deprecated = true;
                Optional<String> replacement = Replacements.property(model, p, fact);
                replacement.ifPresent(r -> p.extensions.put("x-mews-replaced-by", TextNode.valueOf(r)));
                context.decide(
                        p,
                        name(),
                        "deprecated"
                                + replacement.map(r -> ", replaced by " + r).orElse(""),
                        List.of(fact.source()));
                break;
            }
        }
        for (OperationModel op : model.operations.values()) {
            for (OperationModel.Occurrence o : op.occurrences) {
                if (o.operation().deprecated()) {
                    op.deprecation = o.operation().deprecation();
                    Optional<OperationModel> replacement = Replacements.operation(model, op, o);
                    if (replacement.isPresent()) {
                        op.extensions.put("x-mews-replaced-by", TextNode.valueOf(replacement.get().operationId));
                    } else {
                        op.extensions.put("x-mews-deprecation", TextNode.valueOf(op.deprecation));
                    }
                    context.decide(
                            op,
                            name(),
                            "deprecated: " + op.deprecation
                                    + replacement
                                            .map(r -> " (replaced by " + r.operationId + ", " + r.path + ")")
                                            .orElse(""),
                            List.of(o.source()));
                    break;
                }
            }
        }
    }
}
