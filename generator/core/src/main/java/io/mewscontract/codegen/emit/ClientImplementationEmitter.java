package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.ResourceGroup;
import io.mewscontract.codegen.ir.Trait;
import javax.lang.model.element.Modifier;

/**
 * Emits the package-private implementation of a client interface over the transport seam: validate, send; for
 * batched operations, split the id list and merge the results. No HTTP library is referenced.
 */
public final class ClientImplementationEmitter {

    private static final String TRANSPORT = "transport";
    private static final String REQUEST = ClientInterfaceEmitter.REQUEST;

    private final Layout layout;
    private final Poet poet;
    private final ClientInterfaceEmitter signatures;

    public ClientImplementationEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
        this.signatures = new ClientInterfaceEmitter(layout, poet);
    }

    public JavaFile emit(ResourceGroup group) {
        ClassName name = layout.clientImplementation(group);
        TypeSpec.Builder spec = poet.standard(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(layout.clientInterface(group))
                .addJavadoc(
                        "Sends {@code $L} operations through a {@link $T}. Create with\n" + "{@link $T#create($T)}.\n",
                        group.name(),
                        Runtime.CLIENT_TRANSPORT,
                        layout.clientInterface(group),
                        Runtime.CLIENT_TRANSPORT)
                .addField(Runtime.CLIENT_TRANSPORT, TRANSPORT, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(Runtime.CLIENT_TRANSPORT, TRANSPORT)
                        .addStatement(
                                "this.$N = $T.requireNonNull($N, $S)",
                                TRANSPORT,
                                Libraries.OBJECTS,
                                TRANSPORT,
                                TRANSPORT)
                        .build());
        for (Operation operation : group.operations()) {
            CodeBlock descriptor = CodeBlock.of("$T.$N", layout.operationsClass(group), operation.constantName());
            spec.addMethod(implementation(signatures.blocking(operation), operation, descriptor, "send", "fetchAll"));
            spec.addMethod(
                    implementation(signatures.async(operation), operation, descriptor, "sendAsync", "fetchAllAsync"));
            if (operation.pagination().isPresent()) {
                paging(spec, operation, operation.pagination().get(), descriptor);
            }
        }
        return poet.file(layout.clientPackage(), spec.build());
    }

    /**
     * The paging methods, as the interface's defaults but failing in the transport's exception hierarchy when the
     * server returns the cursor it was sent ({@code ClientTransport.repeatedCursor}), so that a caller catches one
     * hierarchy for every failure.
     */
    private void paging(TypeSpec.Builder spec, Operation operation, Trait.Paginated pagination, CodeBlock descriptor) {
        CodeBlock repeatedCursor = CodeBlock.of("cursor -> $N.repeatedCursor($L, cursor)", TRANSPORT, descriptor);
        CodeBlock items = signatures.pagingBody(operation, pagination, Runtime.PAGINATION, repeatedCursor);
        if (operation.batching().isPresent()) {
            String oneRequest = pagination.streamMethodName() + "OfOneRequest";
            spec.addMethod(chunksPagedToTheirEnd(operation, operation.batching().get(), pagination, oneRequest));
            spec.addMethod(signatures
                    .streamSignature(operation, pagination, oneRequest)
                    .addModifiers(Modifier.PRIVATE)
                    .addCode(items)
                    .build());
        } else {
            spec.addMethod(signatures
                    .streamSignature(operation, pagination)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addCode(items)
                    .build());
        }
        if (pagination.pagesMethodName() != null) {
            spec.addMethod(signatures
                    .pagesSignature(operation, pagination)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addCode(signatures.pagingBody(operation, pagination, Runtime.PAGES, repeatedCursor))
                    .build());
        }
    }

    /**
     * Pagination with batching: each chunk of the id list is paged to its end with its own cursor, chunk after
     * chunk, lazily; a cursor never travels from one chunk's requests to another's.
     */
    private MethodSpec chunksPagedToTheirEnd(
            Operation operation, Trait.Batched batch, Trait.Paginated pagination, String oneRequest) {
        TypeName ids = layout.type(batch.ids());
        return signatures
                .streamSignature(operation, pagination)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("$T ids = $N.$N()", ids, REQUEST, batch.ids().javaName())
                .beginControlFlow("if (ids == null || ids.size() <= $L)", batch.maxItems())
                .addStatement("return $N($N)", oneRequest, REQUEST)
                .endControlFlow()
                .addStatement(
                        "return $T.chunks(ids, $L).stream()$Z.flatMap(chunk -> $N($N.toBuilder().$N(chunk)"
                                + ".build()))",
                        Runtime.BATCHING,
                        batch.maxItems(),
                        oneRequest,
                        REQUEST,
                        batch.ids().javaName())
                .build();
    }

    private MethodSpec implementation(
            MethodSpec.Builder signature, Operation operation, CodeBlock descriptor, String send, String fetchAll) {
        // The interface documents the method; repeating its Javadoc here would only drift.
        MethodSpec.Builder method = signature.addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
        if (operation.batching().isPresent()) {
            Trait.Batched batch = operation.batching().get();
            ClassName response = layout.modelClass(operation.responseType());
            method.addStatement(
                    "return $T.$N(\n$N,\n$N.$N(),\n$L,\n"
                            + "ids -> $N.toBuilder().$N(ids).build(),\n"
                            + "chunk -> $T.$N($N,$W$L,$Wchunk),\n"
                            + "$T::$N,\n"
                            + "(first, items) -> first.toBuilder().$N(items)$L.build())",
                    Runtime.BATCHING,
                    fetchAll,
                    REQUEST,
                    REQUEST,
                    batch.ids().javaName(),
                    batch.maxItems(),
                    REQUEST,
                    batch.ids().javaName(),
                    Runtime.CLIENT_CALLS,
                    send,
                    TRANSPORT,
                    descriptor,
                    response,
                    batch.items().javaName(),
                    batch.items().javaName(),
                    // Each chunk has its own cursor: none of them continues the merged result.
                    operation
                            .pagination()
                            .map(p ->
                                    CodeBlock.of(".$N(null)", p.responseCursor().javaName()))
                            .orElse(CodeBlock.of("")));
        } else {
            method.addStatement("return $T.$N($N, $L, $N)", Runtime.CLIENT_CALLS, send, TRANSPORT, descriptor, REQUEST);
        }
        return method.build();
    }
}
