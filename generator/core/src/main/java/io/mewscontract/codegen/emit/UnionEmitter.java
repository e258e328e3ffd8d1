package io.mewscontract.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.UnionType;
import io.mewscontract.codegen.ir.UnionType.Variant;
import javax.lang.model.element.Modifier;

/**
 * Emits a discriminated union as a sealed interface: one record per known kind and {@code Unknown}, which keeps
 * the raw discriminator and the whole JSON object of a kind added later and writes it back unchanged. A nested
 * reader picks the record by the discriminator; it never fails on a kind it does not know.
 *
 * <p>OpenAPI's {@code oneOf} form: the known kinds are the variants' own records (which implement the interface).
 * The envelope form ({@code x-mews-union}): each kind is a nested record holding the variant object, written back
 * as {@code {"Discriminator": kind, "Value": {...}}}.
 */
final class UnionEmitter {

    private static final String READER = "Reader";

    private final Layout layout;
    private final Poet poet;

    UnionEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    JavaFile emit(UnionType union) {
        ClassName name = layout.modelClass(union);
        ClassName unknown = name.nestedClass(UnionType.UNKNOWN_VARIANT);
        TypeSpec.Builder spec = poet.standard(TypeSpec.interfaceBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(AnnotationSpec.builder(layout.databind().jsonDeserialize())
                        .addMember("using", "$T.class", name.nestedClass(READER))
                        .build())
                .addJavadoc(javadoc(union, name));
        if (union.deprecated()) {
            spec.addAnnotation(Deprecated.class)
                    .addJavadoc("\n@deprecated $L\n", Docs.deprecation(layout.model(), union.pointer(), "type"));
        } else if (union.variants().stream()
                .anyMatch(v -> layout.model().type(v.schemaName()).deprecated())) {
            spec.addAnnotation(AnnotationSpecs.suppressDeprecation());
        }
        // Named like the discriminator's accessor, which OpenAPI's variants (records with that property) have.
        spec.addMethod(MethodSpec.methodBuilder(kindAccessor(union))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(Layout.nullable(ClassName.get(String.class)))
                .addJavadoc(
                        "The value of {@code $L}: the kind of this value ({@code null} only for an {@link $T}\n"
                                + "without one).\n",
                        union.discriminator(),
                        unknown)
                .build());
        for (Variant variant : union.variants()) {
            ClassName variantClass = variantClass(variant, name);
            spec.addPermittedSubclass(variantClass);
            if (variant.valueProperty() != null) {
                spec.addType(envelopeVariant(union, variant, name));
            }
        }
        spec.addPermittedSubclass(unknown);
        spec.addType(unknownVariant(union, name));
        spec.addType(reader(union, name));
        return poet.file(layout.modelPackage(), spec.build());
    }

    /** {@code kind()} for {@code Kind}, {@code discriminator()} for {@code Discriminator}. */
    private static String kindAccessor(UnionType union) {
        return io.mewscontract.codegen.naming.JavaNames.memberName(union.discriminator());
    }

    private ClassName variantClass(Variant variant, ClassName name) {
        return variant.valueProperty() == null
                ? layout.modelClass(variant.schemaName())
                : name.nestedClass(layout.modelClass(variant.schemaName()).simpleName() + "Kind");
    }

    /** {@code record PdfFileKind(PdfFile value)}: written back as the envelope. */
    private TypeSpec envelopeVariant(UnionType union, Variant variant, ClassName name) {
        ClassName value = layout.modelClass(variant.schemaName());
        ClassName record = variantClass(variant, name);
        TypeName map =
                ParameterizedTypeName.get(Libraries.MAP, ClassName.get(String.class), ClassName.get(Object.class));
        return TypeSpec.recordBuilder(record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(name)
                .addJavadoc("The kind $L: {@link #value()} is a {@link $T}.\n", Poet.code(variant.kind()), value)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(value, "value").build())
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$T.requireNonNull(value, $S)", Libraries.OBJECTS, "value")
                        .build())
                .addMethod(MethodSpec.methodBuilder(kindAccessor(union))
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S", variant.kind())
                        .build())
                .addMethod(MethodSpec.methodBuilder("json")
                        .addAnnotation(Libraries.JSON_VALUE)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(map)
                        .addJavadoc("The envelope as written on the wire.\n")
                        .addStatement("$T<String, Object> json = new $T<>()", Libraries.MAP, Libraries.LINKED_HASH_MAP)
                        .addStatement("json.put($S, $S)", union.discriminator(), variant.kind())
                        .addStatement("json.put($S, value)", variant.valueProperty())
                        .addStatement("return json")
                        .build())
                .build();
    }

    private TypeSpec unknownVariant(UnionType union, ClassName name) {
        ClassName unknown = name.nestedClass(UnionType.UNKNOWN_VARIANT);
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(name)
                .addJavadoc("A kind the spec does not list (Mews added it later): the discriminator and the whole\n"
                        + "JSON object are kept and written back unchanged, so nothing is lost on a round trip.\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(
                                ParameterSpec.builder(Layout.nullable(ClassName.get(String.class)), kindAccessor(union))
                                        .addJavadoc("the value of {@code $L}, as sent\n", union.discriminator())
                                        .build())
                        .addParameter(ParameterSpec.builder(layout.databind().jsonNode(), "json")
                                .addAnnotation(Libraries.JSON_VALUE)
                                .addJavadoc("the whole object, as sent\n")
                                .build())
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$T.requireNonNull(json, $S)", Libraries.OBJECTS, "json")
                        .build())
                .build();
    }

    /** Reads the discriminator and hands the object (or, for an envelope, its value) to the kind's record. */
    private TypeSpec reader(UnionType union, ClassName name) {
        ClassName unknown = name.nestedClass(UnionType.UNKNOWN_VARIANT);
        CodeBlock.Builder body = CodeBlock.builder()
                // The context's reader, not parser.readValueAsTree(): that one goes through the mapper's own
                // readTree, which with FAIL_ON_TRAILING_TOKENS (the strict server mapper) takes the next list
                // element or property for trailing garbage.
                .addStatement(
                        "$T json = context.readTree(parser)", layout.databind().jsonNode())
                .beginControlFlow("if (json == null || !json.isObject())")
                .addStatement("return ($T) context.handleUnexpectedToken($T.class, parser)", name, name)
                .endControlFlow()
                .addStatement(
                        "$T discriminator = json.get($S)", layout.databind().jsonNode(), union.discriminator())
                .addStatement(
                        "String kind = discriminator != null && discriminator.$L() ? discriminator.$L() : null",
                        layout.databind().isText(),
                        layout.databind().asText())
                .beginControlFlow("if (kind == null)")
                .addStatement("return new $T(null, json)", unknown)
                .endControlFlow()
                .add("return switch (kind) {\n$>");
        for (Variant variant : union.variants()) {
            ClassName type = layout.modelClass(variant.schemaName());
            if (variant.valueProperty() == null) {
                body.add("case $S -> context.readTreeAsValue(json, $T.class);\n", variant.kind(), type);
            } else {
                body.add(
                        "case $S -> new $T($Zcontext.readTreeAsValue(value(json, $S, context),$W$T.class));\n",
                        variant.kind(),
                        variantClass(variant, name),
                        variant.valueProperty(),
                        type);
            }
        }
        body.add("default -> new $T(kind, json);\n$<};\n", unknown);
        TypeSpec.Builder reader = TypeSpec.classBuilder(READER)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(layout.databind().stdDeserializer(), name))
                .addJavadoc(
                        "Reads {@link $T} by its {@code $L}; a kind it does not know becomes {@link $T}.\n",
                        name,
                        union.discriminator(),
                        unknown)
                .addField(com.palantir.javapoet.FieldSpec.builder(
                                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super($T.class)", name)
                        .build())
                .addMethod(MethodSpec.methodBuilder("deserialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(name)
                        .addParameter(layout.databind().jsonParser(), "parser")
                        .addParameter(layout.databind().deserializationContext(), "context")
                        .addExceptions(layout.databind().readerExceptions())
                        .addCode(body.build())
                        .build());
        if (union.envelope()) {
            reader.addMethod(MethodSpec.methodBuilder("value")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(layout.databind().jsonNode())
                    .addParameter(layout.databind().jsonNode(), "json")
                    .addParameter(String.class, "property")
                    .addParameter(layout.databind().deserializationContext(), "context")
                    .addExceptions(layout.databind().readerExceptions())
                    .addStatement(
                            "$T value = json.get(property)", layout.databind().jsonNode())
                    .beginControlFlow("if (value == null || value.isNull())")
                    .addStatement(
                            "return context.reportInputMismatch($T.class, $S, property)",
                            name,
                            "the property %s is missing")
                    .endControlFlow()
                    .addStatement("return value")
                    .build());
        }
        return reader.build();
    }

    private static CodeBlock javadoc(UnionType union, ClassName name) {
        String description = Poet.javadoc(union.description());
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("$L\n", description.isEmpty() ? "The " + Poet.code(union.schemaName()) + " union." : description)
                .add(
                        "\n<p>A discriminated union: {@code $L} names the kind. Known kinds:\n<ul>\n",
                        union.discriminator());
        for (Variant variant : union.variants()) {
            doc.add("  <li>$L\n", Poet.code(variant.kind()));
        }
        return doc.add(
                        "</ul>\nA kind added later reads as {@link $T} and is written back unchanged. Handle the\n"
                                + "kinds with {@code instanceof} (or a {@code switch} over the sealed type on Java 21).\n",
                        name.nestedClass(UnionType.UNKNOWN_VARIANT))
                .build();
    }
}
