package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ResourceGroup;
import io.mewscontract.codegen.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one class per resource group holding an {@code OperationDescriptor} constant per operation: path, kind,
 * request and response types, validators and the meaning of a {@code 204}. Client implementations and the
 * server's operation table both use these constants, so the two sides cannot disagree.
 */
public final class OperationsEmitter {

    private final Layout layout;
    private final Poet poet;

    public OperationsEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    public JavaFile emit(ResourceGroup group) {
        ClassName name = layout.operationsClass(group);
        TypeSpec.Builder spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The operations of the {@code $L} resource group: everything a client transport or a\n"
                                + "server router needs to know about each.\n",
                        group.name());
        for (Operation operation : group.operations()) {
            spec.addField(descriptor(operation));
        }
        spec.addField(FieldSpec.builder(anyDescriptorList(), "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every operation of the group, in spec order.\n")
                .initializer(
                        "$Z$T.of($L)",
                        Libraries.LIST,
                        CodeBlock.join(
                                group.operations().stream()
                                        .map(o -> CodeBlock.of("$N", o.constantName()))
                                        .toList(),
                                ",$W"))
                .build());
        spec.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return poet.file(layout.operationPackage(), spec.build());
    }

    /**
     * The catalog of every operation in the API: {@code ALL} in spec order and {@code byPath}, so code that walks
     * the operations (conformance suites, routers, documentation) follows the spec without naming its groups.
     */
    public JavaFile emitCatalog(ApiModel model) {
        ClassName name = layout.operationCatalog();
        TypeName descriptor = ParameterizedTypeName.get(
                Runtime.OPERATION_DESCRIPTOR,
                WildcardTypeName.subtypeOf(Object.class),
                WildcardTypeName.subtypeOf(Object.class));
        TypeName byPathType = ParameterizedTypeName.get(Libraries.MAP, ClassName.get(String.class), descriptor);
        TypeSpec spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "Every operation of the Connector API ($L, version $L), across its resource groups.\n",
                        Poet.escape(model.title()),
                        Poet.escape(model.version()))
                .addField(FieldSpec.builder(
                                anyDescriptorList(), "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Every operation, in spec order.\n")
                        .initializer(
                                "$Z$T.concat($L)",
                                Runtime.OPERATION_DESCRIPTOR,
                                CodeBlock.join(
                                        model.groups().stream()
                                                .map(g -> CodeBlock.of("$T.ALL", layout.operationsClass(g)))
                                                .toList(),
                                        ",$W"))
                        .build())
                .addField(FieldSpec.builder(byPathType, "BY_PATH", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.byPath(ALL)", Runtime.OPERATION_DESCRIPTOR)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("byPath")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(java.util.Optional.class), descriptor))
                        .addParameter(String.class, "path")
                        .addJavadoc("The operation at {@code path} (exact, e.g. {@code /api/connector/v1/x/getAll}).\n")
                        .addStatement("return $T.ofNullable(BY_PATH.get(path))", java.util.Optional.class)
                        .build())
                .build();
        return poet.file(layout.operationPackage(), spec);
    }

    /** {@code List<OperationDescriptor<?, ?>>}. */
    static TypeName anyDescriptorList() {
        return ParameterizedTypeName.get(
                Libraries.LIST,
                ParameterizedTypeName.get(
                        Runtime.OPERATION_DESCRIPTOR,
                        WildcardTypeName.subtypeOf(Object.class),
                        WildcardTypeName.subtypeOf(Object.class)));
    }

    private FieldSpec descriptor(Operation operation) {
        ClassName request = layout.modelClass(operation.requestType());
        ClassName response = layout.modelClass(operation.responseType());
        ObjectType requestType = layout.model().objectType(operation.requestType());
        CodeBlock validator = requestType.validatorName() == null
                ? CodeBlock.of("$T.none()", Runtime.VALIDATOR)
                : CodeBlock.of("$T.INSTANCE", layout.validatorClass(requestType.validatorName()));
        List<CodeBlock> arguments = List.of(
                CodeBlock.of("$S", operation.operationId()),
                CodeBlock.of("$S", operation.group()),
                CodeBlock.of("$S", operation.name()),
                Poet.literal(operation.path()),
                CodeBlock.of("$T.$L", Runtime.OPERATION_KIND, operation.kind().name()),
                CodeBlock.of("$T.class", request),
                CodeBlock.of("$T.class", response),
                validator,
                CodeBlock.of("$T.INSTANCE", layout.commonValidatorClass()),
                noContentResult(operation),
                CodeBlock.of("$T::of", RequestShapesEmitter.className(layout)));
        return FieldSpec.builder(
                        ParameterizedTypeName.get(Runtime.OPERATION_DESCRIPTOR, request, response),
                        operation.constantName(),
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc(javadoc(operation))
                .initializer("$Znew $T<>(\n$>$>$L$<$<)", Runtime.OPERATION_DESCRIPTOR, CodeBlock.join(arguments, ",\n"))
                .build();
    }

    /** The empty result a {@code 204} stands for: empty lists, absent values; {@code null} if there is none. */
    private CodeBlock noContentResult(Operation operation) {
        ObjectType response = layout.model().objectType(operation.responseType());
        if (!operation.noContentAllowed() || !response.canBeEmpty()) {
            return CodeBlock.of("null");
        }
        List<CodeBlock> values = new ArrayList<>();
        for (Property property : response.properties()) {
            // An empty list even where null is allowed: "no content" means "no items", and callers iterate.
            values.add(
                    property.type() instanceof TypeRef.ListOf
                            ? CodeBlock.of("$T.of()", Libraries.LIST)
                            : CodeBlock.of("null"));
        }
        return CodeBlock.of("new $T($L)", layout.modelClass(response), CodeBlock.join(values, ", "));
    }

    private static CodeBlock javadoc(Operation operation) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add(
                "{@code POST $L} ($L)",
                operation.path(),
                operation.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (operation.summary() != null) {
            doc.add(": $L", Poet.javadoc(Poet.sentence(operation.summary())));
        }
        doc.add("\n");
        return doc.build();
    }
}
