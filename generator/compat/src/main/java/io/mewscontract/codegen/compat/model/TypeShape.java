package io.mewscontract.codegen.compat.model;

import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.TypeDef;
import io.mewscontract.codegen.ir.TypeRef;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How the type of a property changed: not at all, only in name, by widening, or really. */
final class TypeShape {

    enum Comparison {
        EQUAL,
        /** Another named type whose JSON is the same (a renamed schema): only the Java type changes. */
        SAME_JSON,
        /** Every old value is a valid new value ({@code int32} to {@code int64}). */
        WIDENED,
        DIFFERENT
    }

    private final ApiModel oldModel;
    private final ApiModel newModel;

    TypeShape(ApiModel oldModel, ApiModel newModel) {
        this.oldModel = oldModel;
        this.newModel = newModel;
    }

    static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "string";
                case UUID -> "uuid";
                case DATE_TIME -> "date-time";
                case DATE -> "date";
                case HYBRID_ID -> "hybrid-id";
                case DECIMAL -> "decimal";
                case INT32 -> "int32";
                case INT64 -> "int64";
                case FLOAT -> "float";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                case JSON -> "any JSON";
            };
        }
        if (type instanceof TypeRef.ListOf list) {
            return "array of " + describe(list.items());
        }
        if (type instanceof TypeRef.MapOf map) {
            return "map of " + describe(map.values());
        }
        if (type instanceof TypeRef.UpdateOf update) {
            return "update of " + describe(update.value());
        }
        return ((TypeRef.Named) type).schemaName();
    }

    Comparison compare(TypeRef before, TypeRef after) {
        if (sameName(before, after)) {
            return Comparison.EQUAL;
        }
        if (before instanceof TypeRef.Scalar b && after instanceof TypeRef.Scalar a) {
            return b.kind() == ScalarKind.INT32 && a.kind() == ScalarKind.INT64
                            || b.kind() == ScalarKind.UUID && a.kind() == ScalarKind.HYBRID_ID
                            || b.kind() != ScalarKind.JSON && a.kind() == ScalarKind.JSON
                    ? Comparison.WIDENED
                    : Comparison.DIFFERENT;
        }
        return sameJson(before, after, new HashSet<>()) ? Comparison.SAME_JSON : Comparison.DIFFERENT;
    }

    /** The same type by name and structure of lists (constraints are compared elsewhere). */
    private static boolean sameName(TypeRef before, TypeRef after) {
        if (before instanceof TypeRef.ListOf b && after instanceof TypeRef.ListOf a) {
            return sameName(b.items(), a.items());
        }
        if (before instanceof TypeRef.MapOf b && after instanceof TypeRef.MapOf a) {
            return sameName(b.values(), a.values());
        }
        if (before instanceof TypeRef.UpdateOf b && after instanceof TypeRef.UpdateOf a) {
            return sameName(b.value(), a.value());
        }
        return before.equals(after);
    }

    private boolean sameJson(TypeRef before, TypeRef after, Set<String> visiting) {
        if (before instanceof TypeRef.ListOf b && after instanceof TypeRef.ListOf a) {
            return sameJson(b.items(), a.items(), visiting);
        }
        if (before instanceof TypeRef.MapOf b && after instanceof TypeRef.MapOf a) {
            return sameJson(b.values(), a.values(), visiting);
        }
        if (before instanceof TypeRef.UpdateOf b && after instanceof TypeRef.UpdateOf a) {
            return sameJson(b.value(), a.value(), visiting);
        }
        if (before instanceof TypeRef.Named b && after instanceof TypeRef.Named a) {
            if (!visiting.add(b.schemaName() + ">" + a.schemaName())) {
                return true;
            }
            TypeDef oldType = find(oldModel, b.schemaName());
            TypeDef newType = find(newModel, a.schemaName());
            if (oldType instanceof EnumType oe && newType instanceof EnumType ne) {
                return oe.values().stream()
                        .map(EnumType.EnumValue::wireValue)
                        .toList()
                        .equals(ne.values().stream()
                                .map(EnumType.EnumValue::wireValue)
                                .toList());
            }
            if (oldType instanceof ObjectType oo && newType instanceof ObjectType no) {
                if (oo.properties().size() != no.properties().size()) {
                    return false;
                }
                for (Property p : oo.properties()) {
                    Property q = no.property(p.wireName()).orElse(null);
                    if (q == null
                            || q.required() != p.required()
                            || q.nullable() != p.nullable()
                            || !sameJson(p.type(), q.type(), visiting)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }
        return before.equals(after);
    }

    private static @Nullable TypeDef find(ApiModel model, String schemaName) {
        return model.types().stream()
                .filter(t -> t.schemaName().equals(schemaName))
                .findFirst()
                .orElse(null);
    }
}
