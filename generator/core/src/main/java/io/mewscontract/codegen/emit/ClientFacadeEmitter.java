package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.ResourceGroup;
import javax.lang.model.element.Modifier;

/**
 * Emits the client facade: one accessor per resource group, all sending through one transport. It is open for
 * extension so that a hand-written client (configuration, HTTP transport) inherits the group accessors instead of
 * copying them: a group the spec adds appears there without a hand edit.
 */
public final class ClientFacadeEmitter {

    private final Layout layout;
    private final Poet poet;

    public ClientFacadeEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    public JavaFile emit(ApiModel model) {
        ClassName name = layout.clientFacade();
        TypeSpec.Builder spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The Connector API for clients ($L, version $L): one client per resource group, all\n"
                                + "sending through one {@link $T}. Thread-safe when the transport is. Subclasses add\n"
                                + "configuration; the group accessors stay generated.\n",
                        Poet.escape(model.title()),
                        Poet.escape(model.version()),
                        Runtime.CLIENT_TRANSPORT);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Runtime.CLIENT_TRANSPORT, "transport")
                .addStatement("$T.requireNonNull(transport, $S)", Libraries.OBJECTS, "transport");
        for (ResourceGroup group : model.groups()) {
            ClassName client = layout.clientInterface(group);
            spec.addField(client, group.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N =$W$T.create(transport)", group.accessorName(), client);
            spec.addMethod(MethodSpec.methodBuilder(group.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(client)
                    .addModifiers(Modifier.FINAL)
                    .addJavadoc(
                            "The {@code $L} operations, each with an {@code Async} variant:\n$L.\n",
                            group.name(),
                            operationList(group))
                    .addStatement("return $N", group.accessorName())
                    .build());
        }
        spec.addMethod(constructor.build());
        return poet.file(layout.clientPackage(), spec.build());
    }

    /** {@code getAll} (one page; {@code getAllItems} for every item), {@code add}: what a group's client offers. */
    private static String operationList(ResourceGroup group) {
        return String.join(
                ",\n",
                group.operations().stream()
                        .map(operation -> "{@code " + operation.name() + "}"
                                + operation
                                        .pagination()
                                        .map(paging ->
                                                " (one page; {@code " + paging.streamMethodName() + "} for every item)")
                                        .orElse(""))
                        .toList());
    }
}
