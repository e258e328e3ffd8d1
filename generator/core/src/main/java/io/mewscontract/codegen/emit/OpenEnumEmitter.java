package io.mewscontract.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.EnumType.EnumValue;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: a final class holding the raw wire string, a constant per known value, and a nested Java
 * {@code enum Known} for exhaustive switches (DESIGN.md, "Open enums"). Reading an unknown value never fails; it
 * is kept verbatim and written back unchanged.
 *
 * <p>Why not a Java {@code enum}: an enum cannot hold a value it does not declare, so an unknown value would be
 * lost (or read as null). Why not only an {@code UNKNOWN} constant: the raw string must survive to be written
 * back. The class is immutable and compares by value, so it works as a record component and a map key.
 */
public final class OpenEnumEmitter {

    private final Layout layout;
    private final Poet poet;

    public OpenEnumEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    public JavaFile emit(EnumType type) {
        ClassName name = layout.modelClass(type);
        ClassName known = name.nestedClass("Known");
        TypeSpec.Builder spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Runtime.OPEN_ENUM)
                .addJavadoc(classJavadoc(type, name));
        if (type.deprecated()) {
            spec.addAnnotation(Deprecated.class)
                    .addJavadoc("\n@deprecated $L\n", Docs.deprecation(layout.model(), type.pointer(), "type"));
        }
        for (EnumValue value : type.values()) {
            FieldSpec.Builder constant = FieldSpec.builder(
                            name, value.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$Znew $T($Z$S,$W$T.$N)", name, value.wireValue(), known, value.constantName());
            constant.addJavadoc("$L\n", valueJavadoc(value));
            spec.addField(constant.build());
        }
        TypeName listOfThis = ParameterizedTypeName.get(Libraries.LIST, name);
        spec.addField(FieldSpec.builder(listOfThis, "KNOWN_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                        "$Z$T.of($L)",
                        Libraries.LIST,
                        CodeBlock.join(
                                type.values().stream()
                                        .map(v -> CodeBlock.of("$N", v.constantName()))
                                        .toList(),
                                ",$W"))
                .build());
        spec.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value")
                .addParameter(known, "known")
                .addStatement("this.value = value")
                .addStatement("this.known = known")
                .build());
        spec.addMethod(of(type, name, known));
        spec.addMethod(MethodSpec.methodBuilder("knownValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(listOfThis)
                .addJavadoc("The values the spec lists, in its order.\n")
                .addStatement("return KNOWN_VALUES")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("value")
                .addAnnotation(Override.class)
                .addAnnotation(Libraries.JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The value exactly as it appears on the wire, known or not.\n")
                .addStatement("return value")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("known")
                .addModifiers(Modifier.PUBLIC)
                .returns(known)
                .addJavadoc(
                        "The constant to {@code switch} on; {@link Known#$L} for a value the spec does not list.\n",
                        EnumType.UNKNOWN_CONSTANT)
                .addStatement("return known")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("isKnown")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return known != $T.$N", known, EnumType.UNKNOWN_CONSTANT)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Layout.nullable(ClassName.get(Object.class)), "other")
                .addStatement("return other instanceof $T that && value.equals(that.value)", name)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return value.hashCode()")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        spec.addType(knownEnum(type, name));
        return poet.file(layout.modelPackage(), spec.build());
    }

    /** {@code of(String)}: the constant for a known value, a new instance keeping an unknown one. Never fails. */
    private static MethodSpec of(EnumType type, ClassName name, ClassName known) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T.requireNonNull(value, $S)", Libraries.OBJECTS, "value")
                .add("return switch (value) {\n$>");
        for (EnumValue value : type.values()) {
            body.add("case $S ->$W$N;\n", value.wireValue(), value.constantName());
        }
        body.add("default -> new $T(value, $T.$N);\n", name, known, EnumType.UNKNOWN_CONSTANT)
                .add("$<};\n");
        return MethodSpec.methodBuilder("of")
                .addAnnotation(AnnotationSpec.builder(Libraries.JSON_CREATOR)
                        .addMember("mode", "$T.DELEGATING", Libraries.JSON_CREATOR_MODE)
                        .build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "value")
                .addJavadoc("The instance for a wire value: the constant when the spec lists it (case-sensitive),\n"
                        + "otherwise a new instance that keeps the value verbatim.\n")
                .addCode(body.build())
                .build();
    }

    private static TypeSpec knownEnum(EnumType type, ClassName name) {
        TypeSpec.Builder known = TypeSpec.enumBuilder("Known")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The values of {@link $T} the spec lists, plus {@link #$L}:\nthe type to {@code switch} on.\n",
                        name,
                        EnumType.UNKNOWN_CONSTANT);
        for (EnumValue value : type.values()) {
            known.addEnumConstant(
                    value.constantName(),
                    TypeSpec.anonymousClassBuilder("")
                            .addJavadoc("$L\n", valueJavadoc(value))
                            .build());
        }
        known.addEnumConstant(
                EnumType.UNKNOWN_CONSTANT,
                TypeSpec.anonymousClassBuilder("")
                        .addJavadoc(
                                "A value the spec does not list (Mews added it later);\n{@link $T#value()} has it.\n",
                                name)
                        .build());
        return known.build();
    }

    private static String valueJavadoc(EnumValue value) {
        List<String> parts = new ArrayList<>();
        parts.add("`" + value.wireValue() + "`");
        if (value.description() != null) {
            parts.add(": " + Poet.sentence(value.description()));
        }
        return Poet.javadoc(String.join("", parts));
    }

    private static CodeBlock classJavadoc(EnumType type, ClassName name) {
        String description = Poet.javadoc(type.description());
        String firstWire = type.values().isEmpty() ? "" : type.values().get(0).wireValue();
        String firstConstant = type.values().isEmpty()
                ? EnumType.UNKNOWN_CONSTANT
                : type.values().get(0).constantName();
        return CodeBlock.builder()
                .add("$L\n", description.isEmpty() ? "The " + Poet.code(type.schemaName()) + " values." : description)
                .add(
                        "\n<p>An open enum: the constants are the values the spec lists today, and Mews adds values over\n"
                                + "time. Reading a value it does not list never fails: {@link #of(String)} keeps it verbatim,\n"
                                + "{@link #value()} returns it and serialization writes it back unchanged. Switch over\n"
                                + "{@link #known()}, whose {@link Known#$L} stands for every value the spec does not list:\n"
                                + "<pre>{@code\n"
                                + "switch (value.known()) {\n"
                                + "    case $L -> ...;\n"
                                + "    default -> log(\"not handled: \" + value.value());\n"
                                + "}\n"
                                + "}</pre>\n"
                                + "Instances compare by their wire value:\n$L.\n",
                        EnumType.UNKNOWN_CONSTANT,
                        type.values().isEmpty()
                                ? EnumType.UNKNOWN_CONSTANT
                                : type.values().get(0).constantName(),
                        Poet.code(name.simpleName() + ".of(" + CodeBlock.of("$S", firstWire) + ")") + " equals "
                                + Poet.code(name.simpleName() + "." + firstConstant))
                .build();
    }
}
