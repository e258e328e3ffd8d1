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
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.ResourceGroup;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the server's operation table: exact path → operation descriptor (types, validators) and the service
 * method implementing it, bound with method references so a router dispatches without reflection. The table is
 * built with a builder taking any subset of the services: an operation whose service is missing gets a
 * {@code ServerOperation.notImplemented} row (a router answers {@code 501}), so a server compiles unchanged when
 * the spec gains a resource group.
 */
public final class OperationTableEmitter {

    private final Layout layout;
    private final Poet poet;

    public OperationTableEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    public JavaFile emit(ApiModel model) {
        ClassName name = layout.operationTable();
        ClassName builder = name.nestedClass("Builder");
        TypeName table = ParameterizedTypeName.get(
                Libraries.MAP,
                ClassName.get(String.class),
                ParameterizedTypeName.get(
                        Runtime.SERVER_OPERATION,
                        WildcardTypeName.subtypeOf(Object.class),
                        WildcardTypeName.subtypeOf(Object.class)));
        TypeSpec spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The operation table of the Connector API ($L, version $L), for server routers:\n"
                                + "{@code $T.builder().paymentRequests(impl).build()}, with any subset of the services.\n"
                                + "\n<p>For a request, a router looks up the exact path, splits the body into common fields\n"
                                + "and the typed request, validates both in server mode with the descriptor's validators, and\n"
                                + "calls the operation's handler. Nothing here uses reflection.\n",
                        Poet.escape(model.title()),
                        Poet.escape(model.version()),
                        name)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("A builder with no service set: every operation would answer {@code 501}.\n")
                        .addStatement("return new $T()", builder)
                        .build())
                .addType(builderClass(model, builder, table))
                .build();
        return poet.file(layout.serverPackage(), spec);
    }

    private TypeSpec builderClass(ApiModel model, ClassName builder, TypeName table) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Collects the services this server implements. Not thread-safe; the table it builds is.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        List<CodeBlock> rows = new ArrayList<>();
        for (ResourceGroup group : model.groups()) {
            ClassName service = layout.serviceInterface(group);
            String field = group.accessorName();
            spec.addField(FieldSpec.builder(Layout.nullable(service), field, Modifier.PRIVATE)
                    .build());
            spec.addMethod(MethodSpec.methodBuilder(field)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addJavadoc(
                            "Serves the {@code $L} operations ($L) with {@code $N}.\n",
                            group.name(),
                            String.join(
                                    ", ",
                                    group.operations().stream()
                                            .map(Operation::name)
                                            .toList()),
                            field)
                    .addParameter(service, field)
                    .addStatement("this.$N =$W$T.requireNonNull($N,$W$S)", field, Libraries.OBJECTS, field, field)
                    .addStatement("return this")
                    .build());
            for (Operation operation : group.operations()) {
                CodeBlock descriptor = CodeBlock.of("$T.$N", layout.operationsClass(group), operation.constantName());
                rows.add(CodeBlock.of(
                        "$N == null\n$>$>? $T.notImplemented($Z$L)\n: new $T<>($Z$L,$W$N::$N)$<$<",
                        field,
                        Runtime.SERVER_OPERATION,
                        descriptor,
                        Runtime.SERVER_OPERATION,
                        descriptor,
                        field,
                        operation.methodName()));
            }
        }
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(table)
                .addJavadoc("The table keyed by exact path, in spec order: every operation of the spec, those of\n"
                        + "services not set answering {@code 501} ({@code ServerOperation.notImplementedIn(table)}\n"
                        + "lists them).\n\n@return an unmodifiable map from path to operation\n");
        if (model.operations().anyMatch(Operation::deprecated)) {
            build.addAnnotation(AnnotationSpecs.suppressDeprecation()); // a server still serves them
        }
        for (ResourceGroup group : model.groups()) {
            // Locals: a method reference binds its receiver when created, and NullAway sees the null check.
            build.addStatement(
                    "$T $N =$Wthis.$N",
                    Layout.nullable(layout.serviceInterface(group)),
                    group.accessorName(),
                    group.accessorName());
        }
        build.addStatement("return $T.tableOf(\n$>$>$L$<$<)", Runtime.SERVER_OPERATION, CodeBlock.join(rows, ",\n"));
        return spec.addMethod(build.build()).build();
    }
}
