package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import io.mewscontract.codegen.ir.TypeDef;
import io.mewscontract.codegen.ir.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Emits {@code RequestShapes}: for every record a request body binds to (the common fields, each operation's own
 * request record and the records reachable from it), its wire properties with the spec's {@code required} and
 * {@code nullable}. Each operation descriptor carries it, so a server names a missing, {@code null} or unknown
 * property from facts the generator decided, never by reflecting on annotations at run time.
 *
 * <p>One small method per record keeps every method, and the class initializer, far below the JVM's 64 KiB limit
 * however large the spec.
 */
public final class RequestShapesEmitter {

    static final String CLASS_NAME = "RequestShapes";

    private final Layout layout;
    private final Poet poet;

    public RequestShapesEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    static ClassName className(Layout layout) {
        return ClassName.get(layout.operationPackage(), CLASS_NAME);
    }

    public JavaFile emit(ApiModel model) {
        TypeName properties = ParameterizedTypeName.get(Libraries.LIST, Runtime.WIRE_PROPERTY);
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(properties)
                .addParameter(
                        ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
                        "type")
                .addJavadoc(
                        "The wire properties of {@code type} in spec order; empty for a type no request binds to.\n"
                                + "A {@link $T} for every operation descriptor.\n",
                        Runtime.WIRE_SHAPES)
                .beginControlFlow("if (type == $T.class)", Runtime.COMMON_REQUEST_FIELDS)
                .addStatement("return commonRequestFields()")
                .endControlFlow();
        TypeSpec.Builder spec = poet.standard(TypeSpec.classBuilder(className(layout)))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The wire properties of every record a request binds to, in the Connector API ($L,\n"
                                + "version $L): wire name, {@code required} and {@code nullable} as the spec says.\n",
                        Poet.escape(model.title()),
                        Poet.escape(model.version()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        List<MethodSpec> shapes = new ArrayList<>();
        shapes.add(shape("commonRequestFields", model.commonRequest().properties()));
        for (ObjectType object : requestRecords(model).values()) {
            ClassName record = layout.modelClass(object);
            String method = "of" + object.javaName();
            of.beginControlFlow("if (type == $T.class)", record)
                    .addStatement("return $N()", method)
                    .endControlFlow();
            shapes.add(shape(method, object.properties()));
        }
        spec.addMethod(of.addStatement("return $T.of()", Libraries.LIST).build());
        shapes.forEach(spec::addMethod);
        return poet.file(layout.operationPackage(), spec.build());
    }

    private MethodSpec shape(String name, List<Property> properties) {
        List<CodeBlock> entries = new ArrayList<>();
        for (Property property : properties) {
            @Nullable ObjectType object = objectType(property.type());
            entries.add(CodeBlock.of(
                    "new $T($S,$W$L,$W$L,$W$L)",
                    Runtime.WIRE_PROPERTY,
                    property.wireName(),
                    property.required(),
                    property.nullable(),
                    object == null ? CodeBlock.of("null") : CodeBlock.of("$T.class", layout.modelClass(object))));
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(Libraries.LIST, Runtime.WIRE_PROPERTY))
                .addStatement(
                        entries.isEmpty()
                                ? CodeBlock.of("return $T.of()", Libraries.LIST)
                                : CodeBlock.of(
                                        "return $T.of(\n$>$L$<)", Libraries.LIST, CodeBlock.join(entries, ",\n")))
                .build();
    }

    /** The records request bodies bind to, each once, in the order they are first reached. */
    private Map<String, ObjectType> requestRecords(ApiModel model) {
        Map<String, ObjectType> records = new LinkedHashMap<>();
        Deque<ObjectType> pending = new ArrayDeque<>();
        model.operations().map(Operation::requestType).map(model::objectType).forEach(pending::add);
        while (!pending.isEmpty()) {
            ObjectType object = pending.removeFirst();
            if (records.putIfAbsent(object.schemaName(), object) == null) {
                for (Property property : object.properties()) {
                    @Nullable ObjectType reached = objectType(property.type());
                    if (reached != null) {
                        pending.add(reached);
                    }
                }
            }
        }
        return records;
    }

    /** The record a value of {@code type} holds, directly or as list items; {@code null} for anything else. */
    private @Nullable ObjectType objectType(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return objectType(list.items());
        }
        if (type instanceof TypeRef.Named named) {
            TypeDef definition = layout.model().type(named.schemaName());
            return definition instanceof ObjectType object ? object : null;
        }
        return null;
    }
}
