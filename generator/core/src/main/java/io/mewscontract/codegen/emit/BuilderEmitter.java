package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Builder} of a record: one setter per component, {@code build()} checking required values
 * with the same messages as the record's constructor, {@code toBuilder()} for modified copies.
 */
final class BuilderEmitter {

    private final Layout layout;
    private final ObjectType type;
    private final ClassName record;
    private final ClassName builder;

    BuilderEmitter(Layout layout, ObjectType type, ClassName record) {
        this.layout = layout;
        this.type = type;
        this.record = record;
        this.builder = record.nestedClass("Builder");
    }

    MethodSpec factory() {
        return MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addJavadoc("A builder with no value set.\n")
                .addStatement("return new $T()", builder)
                .build();
    }

    MethodSpec toBuilder() {
        return MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("A builder holding this instance's values, for a modified copy.\n")
                .addStatement("return new $T(this)", builder)
                .build();
    }

    TypeSpec builderClass() {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                        "Builds a {@link $T};\n{@link #build()} checks that every required value is set.\n", record);
        MethodSpec.Builder copy =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(record, "source");
        for (Property property : type.properties()) {
            spec.addField(FieldSpec.builder(layout.builderFieldType(property), property.javaName(), Modifier.PRIVATE)
                    .build());
            copy.addStatement("this.$N = source.$N()", property.javaName(), property.javaName());
        }
        spec.addField(
                FieldSpec.builder(layout.unknownPropertiesType(), RecordEmitter.UNKNOWN_PROPERTIES, Modifier.PRIVATE)
                        .initializer("$T.of()", Libraries.MAP)
                        .build());
        copy.addStatement("this.$N = source.$N()", RecordEmitter.UNKNOWN_PROPERTIES, RecordEmitter.UNKNOWN_PROPERTIES);
        spec.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(copy.build());
        for (Property property : type.properties()) {
            spec.addMethod(setter(property));
        }
        spec.addMethod(MethodSpec.methodBuilder(RecordEmitter.UNKNOWN_PROPERTIES)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Properties the spec does not declare, written after the declared ones.\n")
                .addParameter(layout.unknownPropertiesType(), RecordEmitter.UNKNOWN_PROPERTIES)
                .addStatement("this.$N = $N", RecordEmitter.UNKNOWN_PROPERTIES, RecordEmitter.UNKNOWN_PROPERTIES)
                .addStatement("return this")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("additionalProperty")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Adds a property the spec does not declare (yet), written after the declared ones as\n"
                        + "{@code value} serialized to JSON ({@code null}: a JSON {@code null}). For a property the API\n"
                        + "added before the spec did; a server that does not know it refuses the request.\n"
                        + "\n@throws IllegalArgumentException if {@code name} is a declared property of this type\n")
                .addParameter(String.class, "name")
                .addParameter(ParameterSpec.builder(Object.class, "value")
                        .addAnnotation(Libraries.NULLABLE)
                        .build())
                .addStatement(
                        "this.$N = $T.with($T.class,$Wthis.$N,$Wname,$W$T.toJson(value))",
                        RecordEmitter.UNKNOWN_PROPERTIES,
                        Runtime.ADDITIONAL_PROPERTIES,
                        record,
                        RecordEmitter.UNKNOWN_PROPERTIES,
                        layout.databind().jsonMappers())
                .addStatement("return this")
                .build());
        spec.addMethod(build());
        return spec.build();
    }

    private MethodSpec setter(Property property) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(property.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ParameterSpec.builder(layout.type(property), property.javaName())
                        .build())
                .addStatement("this.$N = $N", property.javaName(), property.javaName())
                .addStatement("return this");
        String doc = Docs.property(layout.model(), property);
        if (!doc.isEmpty()) {
            setter.addJavadoc("$L\n", doc.replace("\n    ", "\n"));
        }
        if (property.deprecated()) {
            setter.addAnnotation(Deprecated.class);
        }
        return setter.build();
    }

    /**
     * {@code new Record(...)}; required values are checked here too, so a primitive is never unboxed from
     * {@code null} and the message names the missing value.
     */
    private MethodSpec build() {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : type.properties()) {
            arguments.add(
                    property.type() instanceof TypeRef.UpdateOf
                            // The record's component is never null (absent is Update.unchanged()), so neither is what
                            // the
                            // builder passes: NullAway checks generated code too.
                            ? CodeBlock.of(
                                    "$N == null ? $T.unchanged() : $N",
                                    property.javaName(),
                                    Runtime.UPDATE,
                                    property.javaName())
                            : property.javaNullable()
                                    ? CodeBlock.of("$N", property.javaName())
                                    : CodeBlock.of(
                                            "$T.requireNonNull($N,$W$S)",
                                            Libraries.OBJECTS,
                                            property.javaName(),
                                            Docs.requiredMessage(property)));
        }
        arguments.add(CodeBlock.of("$N", RecordEmitter.UNKNOWN_PROPERTIES));
        return MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addJavadoc("@throws NullPointerException if a required value is not set\n")
                .addStatement("return new $T(\n$L)", record, CodeBlock.join(arguments, ",\n"))
                .build();
    }
}
