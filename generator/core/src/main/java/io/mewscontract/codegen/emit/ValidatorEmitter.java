package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.CommonRequest;
import io.mewscontract.codegen.ir.Constraint;
import io.mewscontract.codegen.ir.ObjectConstraint;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.naming.NameAllocator;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a validator per object type that needs one (and one for the common request fields): every constraint
 * the spec declares becomes a call to the runtime's {@code Checks}, reporting every violation with its JSON
 * path. Nested objects are checked by their own validators; open enum values are checked for membership, which
 * the runtime reports in server mode only.
 */
public final class ValidatorEmitter {

    private static final String VALUE = "value";
    private static final String PATH = "path";
    private static final String CONTEXT = "context";

    private final Layout layout;
    private final Poet poet;

    public ValidatorEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    /** The validator of an object type; only for types whose {@code validatorName} is set. */
    public JavaFile emit(ObjectType type) {
        String validatorName = java.util.Objects.requireNonNull(type.validatorName(), type.schemaName());
        return emit(
                validatorName,
                layout.modelClass(type),
                type.properties(),
                type.constraints(),
                CodeBlock.of("{@link $T}", layout.modelClass(type)));
    }

    /** The validator of the common request fields (the runtime's {@code CommonRequestFields}). */
    public JavaFile emit(CommonRequest common) {
        return emit(
                common.validatorName(),
                Runtime.COMMON_REQUEST_FIELDS,
                common.properties(),
                common.constraints(),
                CodeBlock.of("the fields every request carries ($L)", Poet.code(common.schemaName())));
    }

    private JavaFile emit(
            String validatorName,
            ClassName validated,
            List<Property> properties,
            List<ObjectConstraint> constraints,
            CodeBlock what) {
        ClassName name = layout.validatorClass(validatorName);
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(validated, VALUE)
                .addParameter(String.class, PATH)
                .addParameter(Runtime.VALIDATION_CONTEXT, CONTEXT);
        if (properties.stream().anyMatch(p -> p.deprecated() || layout.refersToDeprecated(p.type()))) {
            validate.addAnnotation(AnnotationSpecs.suppressDeprecation());
        }
        // Property locals live until the method ends; loop and item names are reused by sibling loops.
        NameAllocator locals = new NameAllocator(Set.of(VALUE, PATH, CONTEXT, "i", "j", "k", "item", "item2", "item3"));
        for (Property property : properties) {
            validate.addCode(property(property, locals));
        }
        for (ObjectConstraint constraint : constraints) {
            List<Property> members;
            CodeBlock check;
            if (constraint instanceof ObjectConstraint.RequiredTogether together) {
                members = together.properties();
                check = CodeBlock.of("$T.allOrNone", Runtime.CHECKS);
            } else if (constraint instanceof ObjectConstraint.AtLeastOneOf atLeastOne) {
                members = atLeastOne.properties();
                check = CodeBlock.of("$T.atLeastOneOf", Runtime.RULE_CHECKS);
            } else {
                members = ((ObjectConstraint.AtMostOneOf) constraint).properties();
                check = CodeBlock.of("$T.atMostOneOf", Runtime.RULE_CHECKS);
            }
            validate.addStatement(
                    "$L($N,$W$N,$W$T.of($L),$W$L)",
                    check,
                    CONTEXT,
                    PATH,
                    Libraries.LIST,
                    CodeBlock.join(
                            members.stream()
                                    .map(p -> CodeBlock.of("$S", p.wireName()))
                                    .toList(),
                            ", "),
                    CodeBlock.join(
                            members.stream()
                                    .map(p -> CodeBlock.of("$N.$N()", VALUE, p.javaName()))
                                    .toList(),
                            ", "));
        }
        TypeSpec spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(Runtime.VALIDATOR, validated))
                .addJavadoc(
                        "Checks $L against the spec's constraints,\nreporting every violation with its JSON path.\n",
                        what)
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(validate.build())
                .build();
        return poet.file(layout.validationPackage(), spec);
    }

    /** The checks of one property: its constraints, then its type's (nested object, enum, list items). */
    private CodeBlock property(Property property, NameAllocator locals) {
        return checks(
                property.type(),
                property.javaNullable(),
                property.constraints(),
                CodeBlock.of("$N.$N()", VALUE, property.javaName()),
                Concatenation.variable(PATH).plusProperty(property.wireName()),
                locals,
                0);
    }

    /**
     * Checks for one value: {@code access} reads it, {@code path} is its JSON path expression. A nullable value
     * is read into a local and checked only when present.
     */
    private CodeBlock checks(
            TypeRef type,
            boolean nullable,
            List<Constraint> constraints,
            CodeBlock access,
            Concatenation pathExpression,
            NameAllocator locals,
            int depth) {
        CodeBlock path = pathExpression.code();
        boolean nested = layout.isEnum(type)
                || needsValidator(type)
                || layout.isUnion(type)
                || isHybridId(type)
                || type instanceof TypeRef.ListOf list && itemsNeedChecks(list)
                || type instanceof TypeRef.MapOf map && valuesNeedChecks(map.values(), map.valueConstraints())
                || type instanceof TypeRef.UpdateOf update
                        && valuesNeedChecks(update.value(), update.valueConstraints());
        if (constraints.isEmpty() && !nested) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock value = access;
        if (nullable) {
            String local = depth == 0 ? locals.allocate(localName(access)) : depth == 1 ? "item" : "item" + depth;
            TypeName localType = layout.type(type, false);
            code.addStatement("$T $N = $L", Layout.nullable(localType.box()), local, access);
            code.beginControlFlow("if ($N != null)", local);
            value = CodeBlock.of("$N", local);
        }
        // Checks take the parent path and the step apart where they can: the path text is built only for a violation.
        CodeBlock lazyPath = pathExpression.parentAndStep();
        for (Constraint constraint : constraints) {
            code.add(constraint(constraint, value, path, lazyPath));
        }
        if (layout.isEnum(type)) {
            code.addStatement(
                    "$T.knownValue($N,$W$L,$W$L,$W$T.knownValues())",
                    Runtime.CHECKS,
                    CONTEXT,
                    lazyPath,
                    value,
                    layout.type(type, false));
        } else if (needsValidator(type)) {
            ObjectType object = layout.objectType(type);
            code.addStatement(
                    "$T.INSTANCE.validate($L,$W$L,$W$N)",
                    layout.validatorClass(java.util.Objects.requireNonNull(object.validatorName())),
                    value,
                    path,
                    CONTEXT);
        } else if (isHybridId(type)) {
            code.addStatement("$T.hybridId($N,$W$L,$W$L)", Runtime.RULE_CHECKS, CONTEXT, path, value);
        } else if (layout.isUnion(type)) {
            code.add(unionChecks(layout.unionType(type), value, path));
        } else if (type instanceof TypeRef.MapOf map) {
            String entry = depth == 0 ? "entry" : "entry" + depth;
            code.beginControlFlow(
                    "for ($T.Entry<String, $T> $N : $L.entrySet())",
                    Libraries.MAP,
                    layout.type(map.values(), map.valuesNullable()).box(),
                    entry,
                    value);
            code.add(checks(
                    map.values(),
                    map.valuesNullable(),
                    map.valueConstraints(),
                    CodeBlock.of("$N.getValue()", entry),
                    pathExpression.plusPropertyVariable(entry + ".getKey()"),
                    locals,
                    depth + 1));
            code.endControlFlow();
        } else if (type instanceof TypeRef.UpdateOf update) {
            String set = depth == 0 ? "set" : "set" + depth;
            code.beginControlFlow("if ($L.value().isPresent())", value);
            code.addStatement(
                    "$T $N = $L.value().get()",
                    layout.type(update.value(), false).box(),
                    set,
                    value);
            code.add(checks(
                    update.value(),
                    false,
                    update.valueConstraints(),
                    CodeBlock.of("$N", set),
                    pathExpression.plusProperty("Value"),
                    locals,
                    depth + 1));
            code.endControlFlow();
        } else if (type instanceof TypeRef.ListOf list && itemsNeedChecks(list)) {
            String index = depth < 3 ? "ijk".substring(depth, depth + 1) : "i" + depth;
            code.beginControlFlow("for (int $N = 0; $N < $L.size(); $N++)", index, index, value, index);
            code.add(checks(
                    list.items(),
                    list.itemsNullable(),
                    list.itemConstraints(),
                    CodeBlock.of("$L.get($N)", value, index),
                    pathExpression.plusIndex(index),
                    locals,
                    depth + 1));
            code.endControlFlow();
        }
        if (nullable) {
            code.endControlFlow();
        }
        return code.build();
    }

    /** One constraint's check; {@code lazyPath} is {@code path} as {@link Concatenation#parentAndStep()} gives it. */
    private CodeBlock constraint(Constraint constraint, CodeBlock value, CodeBlock path, CodeBlock lazyPath) {
        if (constraint instanceof Constraint.MinLength c) {
            return check("minLength", value, lazyPath, CodeBlock.of("$L", c.value()));
        } else if (constraint instanceof Constraint.MaxLength c) {
            return check("maxLength", value, lazyPath, CodeBlock.of("$L", c.value()));
        } else if (constraint instanceof Constraint.Pattern c) {
            return check("pattern", value, lazyPath, CodeBlock.of("$S", c.regex()));
        } else if (constraint instanceof Constraint.MinItems c) {
            return check("minItems", value, lazyPath, CodeBlock.of("$L", c.value()));
        } else if (constraint instanceof Constraint.MaxItems c) {
            return check("maxItems", value, lazyPath, CodeBlock.of("$L", c.value()));
        } else if (constraint instanceof Constraint.Minimum c) {
            return check(
                    c.exclusive() ? "exclusiveMinimum" : "minimum",
                    value,
                    lazyPath,
                    CodeBlock.of("$S", c.value().toPlainString()));
        } else if (constraint instanceof Constraint.Maximum c) {
            return check(
                    c.exclusive() ? "exclusiveMaximum" : "maximum",
                    value,
                    lazyPath,
                    CodeBlock.of("$S", c.value().toPlainString()));
        } else {
            Constraint.MaxInterval c = (Constraint.MaxInterval) constraint;
            boolean dates = c.start().type().equals(TypeRef.scalar(ScalarKind.DATE));
            return CodeBlock.builder()
                    .addStatement(
                            "$T.$N($N,$W$L,$W$L.$N(),$W$L.$N(),$W$S)",
                            dates ? Runtime.RULE_CHECKS : Runtime.CHECKS,
                            dates ? "maxDateInterval" : "maxInterval",
                            CONTEXT,
                            path,
                            value,
                            c.start().javaName(),
                            value,
                            c.end().javaName(),
                            c.maximumLength())
                    .build();
        }
    }

    private static CodeBlock check(String method, CodeBlock value, CodeBlock lazyPath, CodeBlock bound) {
        return CodeBlock.builder()
                .addStatement("$T.$N($N,$W$L,$W$L,$W$L)", Runtime.CHECKS, method, CONTEXT, lazyPath, value, bound)
                .build();
    }

    private boolean needsValidator(TypeRef type) {
        return layout.isObject(type) && layout.objectType(type).validatorName() != null;
    }

    private boolean itemsNeedChecks(TypeRef.ListOf list) {
        return valuesNeedChecks(list.items(), list.itemConstraints());
    }

    /** Whether values of {@code type} with {@code constraints} need any check (lists, maps and updates nest). */
    private boolean valuesNeedChecks(TypeRef type, List<Constraint> constraints) {
        return !constraints.isEmpty()
                || layout.isEnum(type)
                || needsValidator(type)
                || layout.isUnion(type)
                || isHybridId(type)
                || type instanceof TypeRef.ListOf inner && itemsNeedChecks(inner)
                || type instanceof TypeRef.MapOf map && valuesNeedChecks(map.values(), map.valueConstraints());
    }

    private static boolean isHybridId(TypeRef type) {
        return type.equals(TypeRef.scalar(ScalarKind.HYBRID_ID));
    }

    /**
     * A union value: each known kind with a validator is checked as its record; a kind the spec does not list is
     * refused on servers only (clients pass it through, like an unknown enum value).
     */
    private CodeBlock unionChecks(io.mewscontract.codegen.ir.UnionType union, CodeBlock value, CodeBlock path) {
        CodeBlock.Builder code = CodeBlock.builder();
        ClassName unionClass = layout.modelClass(union);
        for (io.mewscontract.codegen.ir.UnionType.Variant variant : union.variants()) {
            io.mewscontract.codegen.ir.ObjectType object = layout.model().objectType(variant.schemaName());
            if (object.validatorName() == null) {
                continue;
            }
            ClassName record = variant.valueProperty() == null
                    ? layout.modelClass(object)
                    : unionClass.nestedClass(layout.modelClass(object).simpleName() + "Kind");
            code.beginControlFlow("if ($L instanceof $T known)", value, record);
            code.addStatement(
                    "$T.INSTANCE.validate($L,$W$L,$W$N)",
                    layout.validatorClass(object.validatorName()),
                    variant.valueProperty() == null ? CodeBlock.of("known") : CodeBlock.of("known.value()"),
                    variant.valueProperty() == null
                            ? path
                            : CodeBlock.of("$L + $S", path, "." + variant.valueProperty()),
                    CONTEXT);
            code.endControlFlow();
        }
        code.beginControlFlow(
                "if ($L instanceof $T unknown && $N.mode() == $T.SERVER)",
                value,
                unionClass.nestedClass(io.mewscontract.codegen.ir.UnionType.UNKNOWN_VARIANT),
                CONTEXT,
                Runtime.VALIDATION_MODE);
        // Worded like an unknown enum value, so a client developer reads both alike.
        String known = union.variants().stream()
                .map(io.mewscontract.codegen.ir.UnionType.Variant::kind)
                .collect(java.util.stream.Collectors.joining(", "));
        code.addStatement(
                "$N.add($L, unknown.$N() == null ? $S : $S + unknown.$N() + $S)",
                CONTEXT,
                path,
                io.mewscontract.codegen.naming.JavaNames.memberName(union.discriminator()),
                union.discriminator() + " is missing; expected one of " + known,
                "unknown kind '",
                io.mewscontract.codegen.naming.JavaNames.memberName(union.discriminator()),
                "' of " + union.discriminator() + "; expected one of " + known);
        code.endControlFlow();
        return code.build();
    }

    /** {@code value.enterpriseIds()} → {@code enterpriseIds}. */
    private static String localName(CodeBlock access) {
        String text = access.toString();
        return text.substring(VALUE.length() + 1, text.length() - 2);
    }
}
