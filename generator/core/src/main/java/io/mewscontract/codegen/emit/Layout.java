package io.mewscontract.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ResourceGroup;
import io.mewscontract.codegen.ir.TypeDef;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.ir.UnionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where each generated class lives and how model types map to Java types: the single place emitters ask for a
 * {@link ClassName} or a {@link TypeName}.
 */
public final class Layout {

    private final ApiModel model;
    private final String basePackage;
    private final Libraries.Databind databind;

    /** The layout of code for Jackson 2. */
    public Layout(ApiModel model, String basePackage) {
        this(model, basePackage, Libraries.databind(io.mewscontract.codegen.JacksonVersion.JACKSON_2));
    }

    Layout(ApiModel model, String basePackage, Libraries.Databind databind) {
        this.model = model;
        this.basePackage = basePackage;
        this.databind = databind;
    }

    /** The databind types of the Jackson line the code is written for. */
    Libraries.Databind databind() {
        return databind;
    }

    /**
     * Whether {@code type} names a deprecated schema (also as list item, map value or update value): code using it
     * must suppress the deprecation warning, or a consumer compiling with {@code -Werror} could not build.
     */
    public boolean refersToDeprecated(io.mewscontract.codegen.ir.TypeRef type) {
        if (type instanceof io.mewscontract.codegen.ir.TypeRef.Named named) {
            return model.type(named.schemaName()).deprecated();
        } else if (type instanceof io.mewscontract.codegen.ir.TypeRef.ListOf list) {
            return refersToDeprecated(list.items());
        } else if (type instanceof io.mewscontract.codegen.ir.TypeRef.MapOf map) {
            return refersToDeprecated(map.values());
        } else if (type instanceof io.mewscontract.codegen.ir.TypeRef.UpdateOf update) {
            return refersToDeprecated(update.value());
        }
        return false;
    }

    public ApiModel model() {
        return model;
    }

    String modelPackage() {
        return basePackage + ".model";
    }

    String validationPackage() {
        return basePackage + ".validation";
    }

    String operationPackage() {
        return basePackage + ".operation";
    }

    String clientPackage() {
        return basePackage + ".client";
    }

    String serverPackage() {
        return basePackage + ".server";
    }

    ClassName modelClass(String schemaName) {
        return ClassName.get(modelPackage(), model.type(schemaName).javaName());
    }

    ClassName modelClass(TypeDef type) {
        return ClassName.get(modelPackage(), type.javaName());
    }

    ClassName validatorClass(String validatorName) {
        return ClassName.get(validationPackage(), validatorName);
    }

    ClassName commonValidatorClass() {
        return validatorClass(model.commonRequest().validatorName());
    }

    ClassName operationsClass(ResourceGroup group) {
        return ClassName.get(operationPackage(), group.operationsClassName());
    }

    ClassName operationCatalog() {
        return ClassName.get(operationPackage(), model.operationCatalogName());
    }

    ClassName clientInterface(ResourceGroup group) {
        return ClassName.get(clientPackage(), group.clientInterfaceName());
    }

    ClassName clientImplementation(ResourceGroup group) {
        return ClassName.get(clientPackage(), group.clientImplementationName());
    }

    ClassName clientFacade() {
        return ClassName.get(clientPackage(), model.clientFacadeName());
    }

    ClassName serviceInterface(ResourceGroup group) {
        return ClassName.get(serverPackage(), group.serviceInterfaceName());
    }

    ClassName operationTable() {
        return ClassName.get(serverPackage(), model.operationTableName());
    }

    /** The Java type of a property: primitive when required and non-nullable, {@code @Nullable} when it may be null. */
    TypeName type(Property property) {
        // An update is never null: absent is Update.unchanged(), so null cannot be confused with clear().
        return type(property.type(), property.javaNullable() && !(property.type() instanceof TypeRef.UpdateOf));
    }

    /** The Java type of a property for a builder field: always nullable (unset until a setter runs). */
    TypeName builderFieldType(Property property) {
        return nullable(type(property.type(), true).withoutAnnotations());
    }

    TypeName type(TypeRef type, boolean nullable) {
        TypeName name;
        if (type instanceof TypeRef.Scalar scalar) {
            name = switch (scalar.kind()) {
                case STRING -> ClassName.get(String.class);
                case UUID -> ClassName.get(UUID.class);
                case DATE_TIME -> ClassName.get(Instant.class);
                case DATE -> ClassName.get(LocalDate.class);
                case HYBRID_ID -> Runtime.HYBRID_ID;
                case DECIMAL -> ClassName.get(BigDecimal.class);
                case INT32 -> nullable ? ClassName.get(Integer.class) : TypeName.INT;
                case INT64 -> nullable ? ClassName.get(Long.class) : TypeName.LONG;
                case FLOAT -> nullable ? ClassName.get(Float.class) : TypeName.FLOAT;
                case DOUBLE -> nullable ? ClassName.get(Double.class) : TypeName.DOUBLE;
                case BOOLEAN -> nullable ? ClassName.get(Boolean.class) : TypeName.BOOLEAN;
                case JSON -> databind.jsonNode();
            };
        } else if (type instanceof TypeRef.ListOf list) {
            // Type arguments cannot be primitive: a list of required ints is List<Integer>.
            name = ParameterizedTypeName.get(
                    Libraries.LIST, type(list.items(), list.itemsNullable()).box());
        } else if (type instanceof TypeRef.MapOf map) {
            name = ParameterizedTypeName.get(
                    Libraries.MAP,
                    ClassName.get(String.class),
                    type(map.values(), map.valuesNullable()).box());
        } else if (type instanceof TypeRef.UpdateOf update) {
            name = ParameterizedTypeName.get(
                    Runtime.UPDATE, type(update.value(), false).box());
        } else {
            name = modelClass(((TypeRef.Named) type).schemaName());
        }
        return nullable ? nullable(name) : name;
    }

    static TypeName nullable(TypeName type) {
        return type.annotated(AnnotationSpec.builder(Libraries.NULLABLE).build());
    }

    /** {@code Map<String, JsonNode>}: unknown properties of a response record. */
    TypeName unknownPropertiesType() {
        return ParameterizedTypeName.get(Libraries.MAP, ClassName.get(String.class), databind.jsonNode());
    }

    boolean isEnum(TypeRef type) {
        return type instanceof TypeRef.Named named && model.type(named.schemaName()) instanceof EnumType;
    }

    /** The object type {@code type} names, if it names one. */
    ObjectType objectType(TypeRef type) {
        return model.objectType(((TypeRef.Named) type).schemaName());
    }

    boolean isUnion(TypeRef type) {
        return type instanceof TypeRef.Named named && model.type(named.schemaName()) instanceof UnionType;
    }

    UnionType unionType(TypeRef type) {
        return (UnionType) model.type(((TypeRef.Named) type).schemaName());
    }

    /** The unions (OpenAPI's oneOf form) whose known kinds include the object type {@code schemaName}. */
    java.util.List<UnionType> unionsOf(String schemaName) {
        return model.unionTypes()
                .filter(union -> !union.envelope()
                        && union.variants().stream()
                                .anyMatch(v -> v.schemaName().equals(schemaName)))
                .toList();
    }

    boolean isObject(TypeRef type) {
        return type instanceof TypeRef.Named named && model.type(named.schemaName()) instanceof ObjectType;
    }
}
