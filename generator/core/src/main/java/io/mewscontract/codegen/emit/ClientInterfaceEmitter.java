package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.ResourceGroup;
import io.mewscontract.codegen.ir.Trait;
import javax.lang.model.element.Modifier;

/**
 * Emits one client interface per resource group: a method per operation taking only the operation's own
 * parameters (the common fields come from the transport's configuration), its asynchronous variant, and for
 * paginated operations a default method streaming every item lazily across pages.
 */
public final class ClientInterfaceEmitter {

    static final String REQUEST = "request";

    private final Layout layout;
    private final Poet poet;

    public ClientInterfaceEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    public JavaFile emit(ResourceGroup group) {
        ClassName name = layout.clientInterface(group);
        TypeSpec.Builder spec = poet.standard(TypeSpec.interfaceBuilder(name))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The {@code $L} operations of the Connector API, for clients.\n"
                                + "\n<p>Every call first validates its request against the spec (all violations at once, and\n"
                                + "nothing is sent when there is one), then sends it through a {@link $T}, which adds the\n"
                                + "fields every request carries (tokens, client name, language) from its configuration.\n",
                        group.name(),
                        Runtime.CLIENT_TRANSPORT);
        for (Operation operation : group.operations()) {
            spec.addMethod(documentBlocking(blocking(operation), operation)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .build());
            spec.addMethod(documentAsync(async(operation), operation)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .build());
            operation.pagination().ifPresent(p -> spec.addMethod(stream(operation, p)));
            operation
                    .pagination()
                    .filter(p -> p.pagesMethodName() != null)
                    .ifPresent(p -> spec.addMethod(pages(operation, p)));
        }
        spec.addMethod(MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(Runtime.CLIENT_TRANSPORT, "transport")
                .addJavadoc("A client sending through {@code transport}.\n")
                .addStatement("return new $T(transport)", layout.clientImplementation(group))
                .build());
        return poet.file(layout.clientPackage(), spec.build());
    }

    /** The signature of the blocking method, shared with the implementation. */
    MethodSpec.Builder blocking(Operation operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                .returns(layout.modelClass(operation.responseType()))
                .addParameter(layout.modelClass(operation.requestType()), REQUEST);
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    private MethodSpec.Builder documentBlocking(MethodSpec.Builder method, Operation operation) {
        return method.addJavadoc(operationJavadoc(operation))
                .addJavadoc("\n@param $N the operation's own parameters\n", REQUEST)
                .addJavadoc(
                        "@return the response$L\n",
                        operation.pagination().isPresent()
                                ? "; one page of it, see {@link #"
                                        + operation.pagination().get().streamMethodName() + "}"
                                : "")
                .addJavadoc(
                        "@throws RuntimeException the transport's {@link $T#invalidRequest} exception if the\n"
                                + "    request breaks a constraint of the spec (nothing is sent)\n",
                        Runtime.CLIENT_TRANSPORT);
    }

    /** The signature of the asynchronous method, shared with the implementation. */
    MethodSpec.Builder async(Operation operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.asyncMethodName())
                .returns(ParameterizedTypeName.get(
                        Libraries.COMPLETABLE_FUTURE, layout.modelClass(operation.responseType())))
                .addParameter(layout.modelClass(operation.requestType()), REQUEST);
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    private static MethodSpec.Builder documentAsync(MethodSpec.Builder method, Operation operation) {
        return method.addJavadoc(
                        "Like {@link #$N}, without blocking: the future fails with the transport's\n"
                                + "exceptions, {@link $T#invalidRequest}'s for an invalid request.\n",
                        operation.methodName(),
                        Runtime.CLIENT_TRANSPORT)
                .addJavadoc("\n@param $N the operation's own parameters\n", REQUEST)
                .addJavadoc("@return the response, when it arrives\n");
    }

    /**
     * Every item across pages: the first page is fetched when the stream's first item is needed, the next when
     * the previous is used up.
     */
    private MethodSpec stream(Operation operation, Trait.Paginated pagination) {
        return streamSignature(operation, pagination)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc(
                        "Every item of {@link #$N}, across all pages, newest first, fetched lazily: a page is\n"
                                + "requested only when the stream needs its first item, and only one page is held at a time.\n"
                                + "Paging starts at $L and ends at an empty or short page or a {@code null} cursor.\n",
                        operation.methodName(),
                        Poet.code(pagination.limitation().wireName() + "."
                                + pagination.cursor().wireName()))
                .addJavadoc(
                        "\n@param $N the parameters of the first page; later pages differ only in their cursor\n",
                        REQUEST)
                .addJavadoc("@return the items, lazily\n")
                .addJavadoc(
                        "@throws RuntimeException (when a page is fetched) the transport's\n"
                                + "    {@link $T#invalidRequest} exception if a request breaks a constraint of the spec,\n"
                                + "    its {@link $T#repeatedCursor} exception if the server returns the cursor it was sent\n",
                        Runtime.CLIENT_TRANSPORT,
                        Runtime.CLIENT_TRANSPORT)
                .addCode(pagingBody(operation, pagination, Runtime.PAGINATION, null))
                .build();
    }

    /** The signature of the method streaming every item, shared with the implementation. */
    MethodSpec.Builder streamSignature(Operation operation, Trait.Paginated pagination) {
        return streamSignature(operation, pagination, pagination.streamMethodName());
    }

    /** The same signature under another name (the implementation's helper for one request of a batch). */
    MethodSpec.Builder streamSignature(Operation operation, Trait.Paginated pagination, String name) {
        return MethodSpec.methodBuilder(name)
                .returns(ParameterizedTypeName.get(
                        Libraries.STREAM,
                        layout.type(pagination.itemType(), false).box()))
                .addParameter(layout.modelClass(operation.requestType()), REQUEST);
    }

    /** The signature of the method streaming whole pages, shared with the implementation. */
    MethodSpec.Builder pagesSignature(Operation operation, Trait.Paginated pagination) {
        return MethodSpec.methodBuilder(java.util.Objects.requireNonNull(pagination.pagesMethodName()))
                .returns(ParameterizedTypeName.get(Libraries.STREAM, layout.modelClass(operation.responseType())))
                .addParameter(layout.modelClass(operation.requestType()), REQUEST);
    }

    /** Whole pages, for a page carrying several lists: the primary list drives paging, the others come along. */
    private MethodSpec pages(Operation operation, Trait.Paginated pagination) {
        String others = String.join(
                ", ",
                pagination.otherLists().stream()
                        .map(p -> Poet.code(p.wireName()))
                        .toList());
        return pagesSignature(operation, pagination)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc(
                        "Every page of {@link #$N}, fetched lazily, for a page carries several lists: $L limits\n"
                                + "a page, and $L come along with it.\n",
                        operation.methodName(),
                        Poet.code(pagination.items().wireName()),
                        others)
                .addJavadoc(
                        "\n@param $N the parameters of the first page; later pages differ only in their cursor\n",
                        REQUEST)
                .addJavadoc("@return the pages, lazily\n")
                .addJavadoc(
                        "@throws RuntimeException (when a page is fetched) the transport's\n"
                                + "    {@link $T#repeatedCursor} exception if the server returns the cursor it was sent\n",
                        Runtime.CLIENT_TRANSPORT)
                .addCode(pagingBody(operation, pagination, Runtime.PAGES, null))
                .build();
    }

    /**
     * The statements of a paging method ({@code helper} is {@code Pagination} for items, {@code Pages} for whole
     * pages), shared with the implementation, which passes {@code repeatedCursor}: the failure for a server
     * returning the cursor it was sent, in the transport's exception hierarchy. Without it the runtime's default
     * applies (an interface has no transport).
     */
    CodeBlock pagingBody(
            Operation operation,
            Trait.Paginated pagination,
            ClassName helper,
            @org.jspecify.annotations.Nullable CodeBlock repeatedCursor) {
        ClassName response = layout.modelClass(operation.responseType());
        ObjectType limitationType = layout.model().objectType(pagination.limitationType());
        return CodeBlock.builder()
                .addStatement(
                        "$T limitation = $N.$N()",
                        layout.modelClass(limitationType),
                        REQUEST,
                        pagination.limitation().javaName())
                .addStatement(
                        "return $T.stream(\nlimitation.$N(),\nlimitation.$N(),\n"
                                + "cursor -> $N($N.toBuilder()$Z.$N(limitation.toBuilder().$N(cursor).build())$Z.build()),\n"
                                + "$T::$N,\n$T::$N$L)",
                        helper,
                        pagination.cursor().javaName(),
                        pagination.count().javaName(),
                        operation.methodName(),
                        REQUEST,
                        pagination.limitation().javaName(),
                        pagination.cursor().javaName(),
                        response,
                        pagination.items().javaName(),
                        response,
                        pagination.responseCursor().javaName(),
                        repeatedCursor == null ? CodeBlock.of("") : CodeBlock.of(",\n$L", repeatedCursor))
                .build();
    }

    private CodeBlock operationJavadoc(Operation operation) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (operation.summary() != null) {
            doc.add("$L\n", Poet.javadoc(Poet.sentence(operation.summary())));
        }
        if (operation.description() != null) {
            doc.add("\n<p>$L\n", Poet.javadoc(operation.description()));
        }
        doc.add(
                "\n<p>{@code POST $L}, a $L.",
                operation.path(),
                operation.kind().name().toLowerCase(java.util.Locale.ROOT));
        operation
                .batching()
                .ifPresent(batch -> doc.add(
                        "\n\n<p>A $L list longer than $L is sent in several requests of at\n"
                                + "most $L ids each, one after the other; their $L are concatenated in order.",
                        Poet.code(batch.ids().wireName()),
                        batch.maxItems(),
                        batch.maxItems(),
                        Poet.code(batch.items().wireName())));
        Docs.versionLinks(layout.model(), operation).ifPresent(links -> doc.add("\n\n$L", links));
        if (operation.deprecated()) {
            doc.add("\n\n@deprecated $L", Docs.operationDeprecation(layout.model(), operation));
        }
        return doc.add("\n").build();
    }
}
