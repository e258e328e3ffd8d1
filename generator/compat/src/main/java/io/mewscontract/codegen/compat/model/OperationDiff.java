package io.mewscontract.codegen.compat.model;

import static io.mewscontract.codegen.compat.Assessment.breaking;
import static io.mewscontract.codegen.compat.Assessment.conditional;
import static io.mewscontract.codegen.compat.Assessment.ok;

import io.mewscontract.codegen.compat.Assessment;
import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.ChangeKind;
import io.mewscontract.codegen.compat.JavaAnchor;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.ResourceGroup;
import io.mewscontract.codegen.ir.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Operations matched by path. An operation that disappears while another with the same request and response
 * types appears is a rename, not a removal plus an addition: users move their calls to the new method.
 */
final class OperationDiff {

    private final ApiModel oldModel;
    private final ApiModel newModel;
    private final TypeShape shapes;
    private final boolean serverGenerated;

    OperationDiff(ApiModel oldModel, ApiModel newModel, TypeShape shapes, boolean serverGenerated) {
        this.oldModel = oldModel;
        this.newModel = newModel;
        this.shapes = shapes;
        this.serverGenerated = serverGenerated;
    }

    List<Change> changes() {
        Map<String, Operation> before = byPath(oldModel);
        Map<String, Operation> after = byPath(newModel);
        List<Operation> removed = new ArrayList<>(before.values().stream()
                .filter(op -> !after.containsKey(op.path()))
                .toList());
        List<Operation> added = new ArrayList<>(after.values().stream()
                .filter(op -> !before.containsKey(op.path()))
                .toList());
        List<Change> changes = new ArrayList<>();
        for (Operation old : List.copyOf(removed)) {
            Operation renamed = added.stream()
                    .filter(op -> op.requestType().equals(old.requestType())
                            && op.responseType().equals(old.responseType()))
                    .findFirst()
                    .orElse(null);
            if (renamed != null) {
                removed.remove(old);
                added.remove(renamed);
                changes.add(renamed(old, renamed));
            }
        }
        added.forEach(op -> changes.add(added(op)));
        removed.forEach(op -> changes.add(removed(op)));
        for (Operation old : before.values()) {
            Operation now = after.get(old.path());
            if (now != null) {
                changed(old, now, changes);
            }
        }
        return changes;
    }

    private Change added(Operation op) {
        Assessment java = serverGenerated
                ? breaking(group(newModel, op).serviceInterfaceName() + " gains the abstract method " + op.methodName()
                        + ": server implementations must implement it")
                : ok("a new client method");
        return new Change(
                ChangeKind.OPERATION_ADDED,
                name(op),
                "New operation " + name(op) + " (" + op.path() + ")",
                ok("old clients do not call it"),
                conditional("old servers answer 404 when a new client calls it"),
                java,
                serverGenerated
                        ? "Implement " + group(newModel, op).serviceInterfaceName() + "." + op.methodName()
                                + " in your server."
                        : null,
                List.of(),
                anchors(newModel, op));
    }

    private Change removed(Operation op) {
        return new Change(
                ChangeKind.OPERATION_REMOVED,
                name(op),
                "Removed operation " + name(op) + " (" + op.path() + ")",
                breaking("old clients that call it get 404 from the new server"),
                ok("new clients no longer call it"),
                breaking("the method " + op.methodName() + " is gone from the client and service interfaces"),
                "Stop calling " + group(oldModel, op).clientInterfaceName() + "." + op.methodName() + ".",
                List.of(),
                anchors(oldModel, op));
    }

    private Change renamed(Operation old, Operation now) {
        List<JavaAnchor> anchors = new ArrayList<>(anchors(oldModel, old));
        anchors.addAll(anchors(newModel, now));
        String methods =
                old.methodName().equals(now.methodName()) && old.group().equals(now.group())
                        ? "the method keeps its name"
                        : group(oldModel, old).clientInterfaceName() + "." + old.methodName() + " becomes "
                                + group(newModel, now).clientInterfaceName() + "." + now.methodName();
        return new Change(
                ChangeKind.OPERATION_RENAMED,
                name(now),
                "Operation " + name(old) + " is renamed " + name(now) + " (" + old.path() + " → " + now.path() + ")",
                breaking("old clients call " + old.path() + ", which the new server no longer serves"),
                breaking("new clients call " + now.path() + ", which old servers do not serve"),
                breaking(methods),
                "Call " + group(newModel, now).clientInterfaceName() + "." + now.methodName() + " instead of "
                        + group(oldModel, old).clientInterfaceName() + "." + old.methodName()
                        + (serverGenerated
                                ? "; servers implement " + group(newModel, now).serviceInterfaceName() + "."
                                        + now.methodName()
                                : "")
                        + ".",
                List.of(),
                anchors);
    }

    private void changed(Operation old, Operation now, List<Change> changes) {
        List<JavaAnchor> anchors = anchors(newModel, now);
        if (!old.deprecated() && now.deprecated()) {
            changes.add(new Change(
                    ChangeKind.OPERATION_DEPRECATED,
                    name(now),
                    "Operation " + name(now) + " is deprecated",
                    ok("nothing changes on the wire"),
                    ok("nothing changes on the wire"),
                    ok("@Deprecated: compiles with a warning"),
                    "Plan to stop calling " + name(now) + ".",
                    List.of(),
                    anchors));
        }
        if (!old.operationId().equals(now.operationId())) {
            changes.add(new Change(
                    ChangeKind.OPERATION_ID_CHANGED,
                    name(now),
                    "operationId " + old.operationId() + " becomes " + now.operationId(),
                    ok("the path is unchanged"),
                    ok("the path is unchanged"),
                    ok("generated names come from the path"),
                    null,
                    List.of(),
                    anchors));
        }
        if (old.kind() != now.kind()) {
            changes.add(new Change(
                    ChangeKind.OPERATION_CHANGED,
                    name(now),
                    name(now) + " is now a "
                            + now.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " (x-mews-kind): the client retries it "
                            + (now.kind() == io.mewscontract.codegen.ir.OperationKind.READ
                                    ? "after timeouts and 5xx"
                                    : "only when provably not processed"),
                    ok("nothing changes on the wire"),
                    ok("nothing changes on the wire"),
                    ok("no signature changes"),
                    null,
                    List.of(),
                    anchors));
        }
        typeChange(now, "request", old.requestType(), now.requestType(), changes);
        typeChange(now, "response", old.responseType(), now.responseType(), changes);
        if (old.pagination().isPresent() != now.pagination().isPresent()) {
            boolean gained = now.pagination().isPresent();
            String stream = gained
                    ? now.pagination().get().streamMethodName()
                    : old.pagination().get().streamMethodName();
            changes.add(new Change(
                    ChangeKind.OPERATION_CHANGED,
                    name(now),
                    name(now) + (gained ? " is now paginated (x-mews-pagination)" : " is no longer paginated"),
                    ok("the pagination properties are compared separately"),
                    ok("the pagination properties are compared separately"),
                    gained ? ok("a new method " + stream) : breaking("the method " + stream + " is gone"),
                    gained ? null : "Page through " + name(now) + " with its cursor instead of " + stream + ".",
                    List.of(),
                    anchors));
        }
        if (old.batching().isPresent() != now.batching().isPresent()) {
            changes.add(new Change(
                    ChangeKind.OPERATION_CHANGED,
                    name(now),
                    name(now)
                            + (now.batching().isPresent()
                                    ? " now splits long id lists into batches (x-mews-batch)"
                                    : " no longer splits long id lists into batches"),
                    ok("each request still meets the same constraints"),
                    ok("each request still meets the same" + " constraints"),
                    ok("no signature changes"),
                    null,
                    List.of(),
                    anchors));
        }
    }

    private void typeChange(Operation now, String side, String before, String after, List<Change> changes) {
        if (before.equals(after)) {
            return;
        }
        TypeShape.Comparison comparison = shapes.compare(new TypeRef.Named(before), new TypeRef.Named(after));
        Assessment wire = comparison == TypeShape.Comparison.SAME_JSON
                ? ok("the JSON is the same: only the generated type's name changes")
                : breaking("the " + side + " body changes shape");
        changes.add(new Change(
                ChangeKind.OPERATION_CHANGED,
                name(now),
                "The " + side + " type of " + name(now) + " changes from " + before + " to " + after,
                wire,
                wire,
                breaking(now.methodName() + " changes signature"),
                "Use " + after + " with " + now.methodName() + ".",
                List.of(),
                anchors(newModel, now)));
    }

    /** {@code paymentRequests/getAll}: how users name an operation. */
    private static String name(Operation op) {
        return op.group() + "/" + op.name();
    }

    private static ResourceGroup group(ApiModel model, Operation op) {
        return model.groups().stream()
                .filter(g -> g.operations().contains(op))
                .findFirst()
                .orElseThrow();
    }

    private static List<JavaAnchor> anchors(ApiModel model, Operation op) {
        ResourceGroup group = group(model, op);
        List<JavaAnchor> anchors = new ArrayList<>(List.of(
                new JavaAnchor("client." + group.clientInterfaceName(), op.methodName()),
                new JavaAnchor("client." + group.clientInterfaceName(), op.asyncMethodName()),
                new JavaAnchor("server." + group.serviceInterfaceName(), op.methodName()),
                new JavaAnchor("operation." + group.operationsClassName(), op.constantName())));
        op.pagination()
                .ifPresent(p ->
                        anchors.add(new JavaAnchor("client." + group.clientInterfaceName(), p.streamMethodName())));
        if (group.operations().size() == 1) {
            // The operation is its group's only one: the group's classes come and go with it.
            anchors.add(JavaAnchor.wholeClass("client." + group.clientInterfaceName()));
            anchors.add(JavaAnchor.wholeClass("server." + group.serviceInterfaceName()));
            anchors.add(JavaAnchor.wholeClass("operation." + group.operationsClassName()));
            anchors.add(new JavaAnchor("client." + model.clientFacadeName(), group.accessorName()));
            anchors.add(new JavaAnchor("server." + model.operationTableName(), "create"));
        }
        return anchors;
    }

    private static Map<String, Operation> byPath(ApiModel model) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        model.operations().forEach(op -> operations.put(op.path(), Objects.requireNonNull(op)));
        return operations;
    }
}
