package io.mewscontract.codegen.compat.model;

import static io.mewscontract.codegen.compat.Assessment.breaking;
import static io.mewscontract.codegen.compat.Assessment.conditional;
import static io.mewscontract.codegen.compat.Assessment.ok;

import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.ChangeKind;
import io.mewscontract.codegen.compat.JavaAnchor;
import io.mewscontract.codegen.ir.UnionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Kinds of a discriminated union, judged like open enum values: clients keep a kind they do not know (the
 * union's {@code Unknown} record), strict servers refuse it; in Java, a sealed interface with one more permitted
 * record breaks only exhaustive switches.
 */
final class UnionRules {

    private UnionRules() {}

    static List<Change> changes(UnionType before, UnionType after, Usage usage) {
        String name = after.schemaName();
        boolean inRequest = usage.inRequest(name);
        boolean inResponse = usage.inResponse(name);
        List<String> oldKinds =
                before.variants().stream().map(UnionType.Variant::kind).toList();
        List<String> newKinds =
                after.variants().stream().map(UnionType.Variant::kind).toList();
        List<Change> changes = new ArrayList<>();
        for (UnionType.Variant variant : after.variants()) {
            if (oldKinds.contains(variant.kind())) {
                continue;
            }
            Wire wire = Wire.judge(
                    inRequest,
                    inResponse,
                    new Wire(
                            ok("old clients never send it"),
                            conditional("old servers refuse a kind they do not know, when a new client sends it")),
                    new Wire(
                            ok("old clients keep it as the union's Unknown kind"),
                            ok("new clients know every kind old servers send")));
            changes.add(new Change(
                    ChangeKind.UNION_VARIANT_ADDED,
                    name + "." + variant.kind(),
                    "New kind " + variant.kind() + " (" + variant.schemaName() + ") of " + name,
                    wire.clients(),
                    wire.servers(),
                    conditional("a new permitted record; a switch over " + after.javaName()
                            + " without a default branch no longer covers every case"),
                    "Handle " + variant.schemaName() + " where you switch over " + after.javaName() + ".",
                    List.of(),
                    List.of(JavaAnchor.wholeClass("model." + after.javaName()))));
        }
        for (UnionType.Variant variant : before.variants()) {
            if (newKinds.contains(variant.kind())) {
                continue;
            }
            Wire wire = Wire.judge(
                    inRequest,
                    inResponse,
                    new Wire(
                            conditional("old clients that send it are refused by the new server"),
                            ok("new clients never send it")),
                    new Wire(
                            ok("old clients simply never receive it again"),
                            ok("new clients keep it as the union's Unknown kind")));
            changes.add(new Change(
                    ChangeKind.UNION_VARIANT_REMOVED,
                    name + "." + variant.kind(),
                    "Removed kind " + variant.kind() + " of " + name,
                    wire.clients(),
                    wire.servers(),
                    breaking("the variant is no longer one of " + before.javaName() + "'s permitted records"),
                    "Stop matching " + variant.schemaName() + " as a kind of " + before.javaName() + ".",
                    List.of(),
                    List.of(JavaAnchor.wholeClass("model." + before.javaName()))));
        }
        return changes;
    }
}
