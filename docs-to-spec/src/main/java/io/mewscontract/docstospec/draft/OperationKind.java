package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Pattern;

/**
 * Rule OperationKind: {@code x-mews-kind: read} for operations that only fetch ({@code get...},
 * {@code getAll...}, {@code search}, {@code list}), {@code write} for the rest (add, update, cancel, delete,
 * process, ...). Reads may be retried after a timeout; writes only when provably not processed.
 */
final class OperationKind implements DraftRule {
    private static final Pattern READ = Pattern.compile("^(get|search|list|find|export)([A-Z].*)?$");

    @Override
    public String name() {
        return DraftRules.OPERATION_KIND;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (OperationModel op : model.operations.values()) {
            String[] segments = op.path.split("/", -1);
            String operation = segments.length > 5 ? segments[5] : op.operationId;
            String kind = READ.matcher(operation).matches() ? "read" : "write";
            op.extensions.put("x-mews-kind", TextNode.valueOf(kind));
            context.decide(op, name(), kind + " (operation '" + operation + "')", op.sources());
        }
    }
}
