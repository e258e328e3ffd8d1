package io.mewscontract.codegen.compat.model;

import static io.mewscontract.codegen.compat.Assessment.breaking;
import static io.mewscontract.codegen.compat.Assessment.conditional;
import static io.mewscontract.codegen.compat.Assessment.ok;

import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.ChangeKind;
import io.mewscontract.codegen.compat.JavaAnchor;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.ObjectConstraint;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.TypeDef;
import io.mewscontract.codegen.ir.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two models of one API: every operation, type, property, enum value and constraint, each difference a
 * {@link Change} judged for deployed clients, deployed servers and the generated Java API. Operations are matched
 * by path, types by schema name, properties by wire name.
 */
public final class ModelDiff {

    private final ApiModel oldModel;
    private final ApiModel newModel;
    private final Usage usage;
    private final TypeShape shapes;
    private final boolean serverGenerated;

    /**
     * @param serverGenerated whether the compared artifacts include the server side, whose service interfaces
     *     users implement (a new operation then adds a method they must write)
     */
    public ModelDiff(ApiModel oldModel, ApiModel newModel, boolean serverGenerated) {
        this.oldModel = oldModel;
        this.newModel = newModel;
        this.usage = Usage.of(oldModel, newModel);
        this.shapes = new TypeShape(oldModel, newModel);
        this.serverGenerated = serverGenerated;
    }

    public List<Change> changes() {
        List<Change> changes =
                new ArrayList<>(new OperationDiff(oldModel, newModel, shapes, serverGenerated).changes());
        Map<String, TypeDef> oldTypes = bySchema(oldModel);
        Map<String, TypeDef> newTypes = bySchema(newModel);
        for (TypeDef after : newTypes.values()) {
            TypeDef before = oldTypes.get(after.schemaName());
            if (before == null) {
                changes.add(new Change(
                        ChangeKind.TYPE_ADDED,
                        after.schemaName(),
                        "New type " + after.schemaName(),
                        ok("a type alone changes nothing on the wire"),
                        ok("a type alone changes nothing on the wire"),
                        ok("a new class"),
                        null,
                        List.of(),
                        List.of(JavaAnchor.wholeClass("model." + after.javaName()))));
            } else if (before instanceof EnumType oe && after instanceof EnumType ne) {
                enumChanges(oe, ne, changes);
            } else if (before instanceof ObjectType oo && after instanceof ObjectType no) {
                objectChanges(oo, no, changes);
            } else if (before instanceof UnionType ou && after instanceof UnionType nu) {
                deprecation(ou, nu, changes);
                changes.addAll(UnionRules.changes(ou, nu, usage));
            }
        }
        for (TypeDef before : oldTypes.values()) {
            if (!newTypes.containsKey(before.schemaName())) {
                changes.add(new Change(
                        ChangeKind.TYPE_REMOVED,
                        before.schemaName(),
                        "Removed type " + before.schemaName(),
                        ok("its uses are listed as separate changes"),
                        ok("its uses are listed as separate changes"),
                        breaking("the class " + before.javaName() + " is gone"),
                        "Stop using " + before.javaName() + ".",
                        List.of(),
                        List.of(JavaAnchor.wholeClass("model." + before.javaName()))));
            }
        }
        return changes;
    }

    private void enumChanges(EnumType before, EnumType after, List<Change> changes) {
        String name = after.schemaName();
        boolean inRequest = usage.inRequest(name);
        boolean inResponse = usage.inResponse(name);
        deprecation(before, after, changes);
        List<String> oldValues =
                before.values().stream().map(EnumType.EnumValue::wireValue).toList();
        List<String> newValues =
                after.values().stream().map(EnumType.EnumValue::wireValue).toList();
        String enumClass = "model." + after.javaName();
        for (EnumType.EnumValue value : after.values()) {
            if (oldValues.contains(value.wireValue())) {
                continue;
            }
            Wire wire = Wire.judge(
                    inRequest,
                    inResponse,
                    new Wire(
                            ok("old clients never send it"),
                            conditional("old servers check known values and reject it when a new client sends it")),
                    new Wire(
                            ok("open enum: old clients keep the value (known() is UNKNOWN)"),
                            ok("new clients know every value old servers send")));
            changes.add(new Change(
                    ChangeKind.ENUM_VALUE_ADDED,
                    name + "." + value.wireValue(),
                    "New value " + value.wireValue() + " of " + name,
                    wire.clients(),
                    wire.servers(),
                    conditional("a new constant " + value.constantName() + "; a switch over known() without a"
                            + " default branch no longer covers every case"),
                    "Handle " + after.javaName() + "." + value.constantName() + " where you switch over known().",
                    List.of(),
                    List.of(
                            new JavaAnchor(enumClass, value.constantName()),
                            new JavaAnchor(enumClass + "$Known", value.constantName()))));
        }
        for (EnumType.EnumValue value : before.values()) {
            if (newValues.contains(value.wireValue())) {
                continue;
            }
            Wire wire = Wire.judge(
                    inRequest,
                    inResponse,
                    new Wire(
                            conditional("old clients that send it are rejected by the new server"),
                            ok("new clients never send it")),
                    new Wire(
                            ok("old clients simply never receive it again"),
                            ok("open enum: new clients keep it when old servers send it")));
            changes.add(new Change(
                    ChangeKind.ENUM_VALUE_REMOVED,
                    name + "." + value.wireValue(),
                    "Removed value " + value.wireValue() + " of " + name,
                    wire.clients(),
                    wire.servers(),
                    breaking("the constant " + before.javaName() + "." + value.constantName() + " is gone"),
                    "Stop using " + before.javaName() + "." + value.constantName() + "; unknown values still arrive"
                            + " as " + before.javaName() + ".of(\"" + value.wireValue() + "\").",
                    List.of(),
                    List.of(
                            new JavaAnchor(enumClass, value.constantName()),
                            new JavaAnchor(enumClass + "$Known", value.constantName()))));
        }
    }

    private void objectChanges(ObjectType before, ObjectType after, List<Change> changes) {
        deprecation(before, after, changes);
        Subject at = new Subject(after, usage.inRequest(after.schemaName()), usage.inResponse(after.schemaName()));
        for (Property p : after.properties()) {
            Property old = before.property(p.wireName()).orElse(null);
            if (old == null) {
                changes.add(PropertyRules.added(at, p));
                continue;
            }
            TypeShape.Comparison comparison = shapes.compare(old.type(), p.type());
            if (comparison != TypeShape.Comparison.EQUAL) {
                changes.add(PropertyRules.typeChanged(at, old, p, comparison));
            }
            if (old.required() != p.required()) {
                changes.add(PropertyRules.presence(at, old, p));
            }
            if (old.nullable() != p.nullable()) {
                changes.add(PropertyRules.nullability(at, old, p));
            }
            if (!old.deprecated() && p.deprecated()) {
                changes.add(PropertyRules.deprecated(at, p));
            }
            List<ConstraintRules.Delta> deltas =
                    new ArrayList<>(ConstraintRules.compare(at.name(p), old.constraints(), p.constraints()));
            deltas.addAll(ConstraintRules.items(at.name(p), old.type(), p.type()));
            if (old.portfolioRequired() != p.portfolioRequired()) {
                deltas.add(new ConstraintRules.Delta(
                        p.portfolioRequired(),
                        false,
                        at.name(p)
                                + (p.portfolioRequired() ? " is now" : " is no longer")
                                + " required with a portfolio token (x-mews-portfolio-required)"));
            }
            for (ConstraintRules.Delta delta : deltas) {
                changes.add(ConstraintRules.change(at.name(p), delta, at.inRequest(), at.inResponse(), at.anchors(p)));
            }
        }
        for (Property p : before.properties()) {
            if (after.property(p.wireName()).isEmpty()) {
                changes.add(PropertyRules.removed(at, p));
            }
        }
        List<String> oldTogether = together(before);
        List<String> newTogether = together(after);
        for (String group : newTogether) {
            if (!oldTogether.contains(group)) {
                changes.add(ConstraintRules.change(
                        after.schemaName(),
                        new ConstraintRules.Delta(
                                true,
                                false,
                                after.schemaName() + ": " + group
                                        + " must now be given together (x-mews-required-together)"),
                        at.inRequest(),
                        at.inResponse(),
                        List.of()));
            }
        }
        for (String group : oldTogether) {
            if (!newTogether.contains(group)) {
                changes.add(ConstraintRules.change(
                        after.schemaName(),
                        new ConstraintRules.Delta(
                                false,
                                false,
                                after.schemaName() + ": " + group + " no longer have to be given together"),
                        at.inRequest(),
                        at.inResponse(),
                        List.of()));
            }
        }
    }

    private static List<String> together(ObjectType type) {
        return type.constraints().stream()
                .filter(ObjectConstraint.RequiredTogether.class::isInstance)
                .map(c -> ((ObjectConstraint.RequiredTogether) c)
                        .properties().stream()
                                .map(Property::wireName)
                                .sorted()
                                .toList()
                                .toString())
                .toList();
    }

    private static void deprecation(TypeDef before, TypeDef after, List<Change> changes) {
        if (!before.deprecated() && after.deprecated()) {
            changes.add(new Change(
                    ChangeKind.TYPE_DEPRECATED,
                    after.schemaName(),
                    after.schemaName() + " is deprecated",
                    ok("nothing changes on the wire"),
                    ok("nothing changes on the wire"),
                    ok("@Deprecated: compiles with a warning"),
                    "Plan to stop using " + after.javaName() + ".",
                    List.of(),
                    List.of(JavaAnchor.wholeClass("model." + after.javaName()))));
        }
    }

    private static Map<String, TypeDef> bySchema(ApiModel model) {
        Map<String, TypeDef> types = new LinkedHashMap<>();
        model.types().forEach(type -> types.put(type.schemaName(), type));
        return types;
    }
}
