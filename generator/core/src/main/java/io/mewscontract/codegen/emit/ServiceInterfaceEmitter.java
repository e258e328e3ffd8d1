package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.ResourceGroup;
import javax.lang.model.element.Modifier;

/**
 * Emits one service interface per resource group, implemented by servers: a method per operation taking the
 * typed request and the request context, returning the typed result.
 */
public final class ServiceInterfaceEmitter {

    private final Layout layout;
    private final Poet poet;

    public ServiceInterfaceEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    public JavaFile emit(ResourceGroup group) {
        ClassName name = layout.serviceInterface(group);
        TypeSpec.Builder spec = poet.standard(TypeSpec.interfaceBuilder(name))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The {@code $L} operations of the Connector API, for servers to implement.\n"
                                + "\n<p>A router (see {@link $T}) calls a method only with a request that parsed strictly and\n"
                                + "passed validation in server mode, including open enum membership.\n",
                        group.name(),
                        layout.operationTable());
        for (Operation operation : group.operations()) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(layout.modelClass(operation.responseType()))
                    .addParameter(layout.modelClass(operation.requestType()), "request")
                    .addParameter(Runtime.REQUEST_CONTEXT, "context");
            if (operation.summary() != null) {
                method.addJavadoc("$L\n\n", Poet.javadoc(Poet.sentence(operation.summary())));
            }
            method.addJavadoc(
                            "<p>{@code POST $L}, a $L.\n\n",
                            operation.path(),
                            operation.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .addJavadoc("@param request the operation's own parameters, validated\n")
                    .addJavadoc("@param context the common fields, the authenticated principal and the request id\n")
                    .addJavadoc("@return the result, written as the {@code 200} response\n");
            Docs.versionLinks(layout.model(), operation).ifPresent(links -> method.addJavadoc("$L\n", links));
            if (operation.deprecated()) {
                method.addAnnotation(Deprecated.class)
                        .addJavadoc("@deprecated $L\n", Docs.operationDeprecation(layout.model(), operation));
            }
            spec.addMethod(method.build());
        }
        return poet.file(layout.serverPackage(), spec.build());
    }
}
