package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
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
 * method implementing it, bound with method references so a router dispatches without reflection.
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
        List<CodeBlock> descriptors = new ArrayList<>();
        List<CodeBlock> rows = new ArrayList<>();
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(Libraries.MAP, ClassName.get(String.class),
                        ParameterizedTypeName.get(Runtime.SERVER_OPERATION, WildcardTypeName.subtypeOf(Object.class),
                                WildcardTypeName.subtypeOf(Object.class))))
                .addJavadoc("The table a router dispatches with, keyed by exact path, in spec order.\n\n");
        for (ResourceGroup group : model.groups()) {
            create.addParameter(layout.serviceInterface(group), group.accessorName());
            create.addJavadoc("@param $N implements the {@code $L} operations\n", group.accessorName(), group.name());
        }
        create.addJavadoc("@return an unmodifiable map from path to operation\n");
        if (model.operations().anyMatch(Operation::deprecated)) {
            create.addAnnotation(AnnotationSpecs.suppressDeprecation()); // a server still serves them
        }
        for (ResourceGroup group : model.groups()) {
            create.addStatement("$T.requireNonNull($N, $S)", Libraries.OBJECTS, group.accessorName(), group.accessorName());
            for (Operation operation : group.operations()) {
                CodeBlock descriptor = CodeBlock.of("$T.$N", layout.operationsClass(group), operation.constantName());
                descriptors.add(descriptor);
                rows.add(CodeBlock.of("new $T<>($L, $N::$N)", Runtime.SERVER_OPERATION, descriptor,
                        group.accessorName(), operation.methodName()));
            }
        }
        create.addStatement("return $T.tableOf(\n$L)", Runtime.SERVER_OPERATION, CodeBlock.join(rows, ",\n"));
        TypeSpec spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The operation table of the Connector API ($L, version $L), for server routers.\n"
                        + "\n<p>For a request, a router looks up the exact path, splits the body into common fields\n"
                        + "and the typed request, validates both in server mode with the descriptor's validators, and\n"
                        + "calls the operation's handler. Nothing here uses reflection.\n",
                        Poet.escape(model.title()), Poet.escape(model.version()))
                .addField(FieldSpec.builder(OperationsEmitter.anyDescriptorList(), "DESCRIPTORS",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Every operation's descriptor, in spec order, for routers that need metadata only.\n")
                        .initializer("$T.of(\n$>$>$L$<$<)", Libraries.LIST, CodeBlock.join(descriptors, ",\n"))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(create.build())
                .build();
        return poet.file(layout.serverPackage(), spec);
    }
}
