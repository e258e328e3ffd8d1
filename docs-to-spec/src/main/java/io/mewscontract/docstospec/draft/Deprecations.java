package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule Deprecations: a struck-through row ({@code ~~`Flag`~~ ... **Deprecated!** Use `NewFlag` instead.})
 * makes the property {@code deprecated: true} with {@code x-mews-replaced-by: NewFlag} when the text names
 * a replacement; a warning hint above an operation's request that says it is deprecated makes the
 * operation {@code deprecated: true}, the hint's text kept in {@code x-mews-deprecation}.
 */
final class Deprecations implements DraftRule {
    private static final Pattern REPLACEMENT = Pattern.compile("(?i)\\buse\\s+([A-Za-z][A-Za-z0-9_.]*)");

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
                Matcher use = REPLACEMENT.matcher(fact.property().replacement());
                if (use.find()) {
                    p.extensions.put("x-mews-replaced-by", TextNode.valueOf(use.group(1)));
                }
                context.decide(p, name(), "deprecated" + (use.find(0) ? ", replaced by " + use.group(1) : ""),
                        List.of(fact.source()));
                break;
            }
        }
        for (OperationModel op : model.operations.values()) {
            for (OperationModel.Occurrence o : op.occurrences) {
                if (o.operation().deprecated()) {
                    op.deprecation = o.operation().deprecation();
                    op.extensions.put("x-mews-deprecation", TextNode.valueOf(op.deprecation));
                    context.decide(op, name(), "deprecated: " + op.deprecation, List.of(o.source()));
                    break;
                }
            }
        }
    }
}
