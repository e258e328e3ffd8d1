package io.mewscontract.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one record per object type: Jackson-annotated components under their wire names, {@code @Nullable}
 * exactly where a value may be absent or null, required values checked and lists copied in the compact
 * constructor, unknown properties kept on response types and additional ones written from request types, a
 * builder ({@code builder()}, {@code toBuilder()}) on every record, so callers never depend on the component order,
 * and secrets redacted from {@code toString}.
 */
public final class RecordEmitter {

    /**
     * The component holding properties the spec does not declare: on response records the unknown ones read (and
     * written back); on the others the ones a caller adds to send what the spec does not know yet (written only:
     * a strict server still refuses them as unknown).
     */
    static final String UNKNOWN_PROPERTIES = "additionalProperties";

    private final Layout layout;
    private final Poet poet;

    public RecordEmitter(Layout layout, Poet poet) {
        this.layout = layout;
        this.poet = poet;
    }

    public JavaFile emit(ObjectType type) {
        ClassName name = layout.modelClass(type);
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        for (Property property : type.properties()) {
            canonical.addParameter(component(property));
        }
        canonical.addParameter(
                type.keepsUnknownProperties()
                        ? ParameterSpec.builder(layout.unknownPropertiesType(), UNKNOWN_PROPERTIES)
                                .addAnnotation(Libraries.JSON_ANY_SETTER)
                                .addAnnotation(Libraries.JSON_ANY_GETTER)
                                .addJavadoc("properties the spec does not declare, kept as sent and written back\n")
                                .build()
                        // Written, never read: a strict server refuses an undeclared property instead of collecting it
                        // (and, failing on ignored properties, refuses one named like this component too).
                        : ParameterSpec.builder(layout.unknownPropertiesType(), UNKNOWN_PROPERTIES)
                                .addAnnotation(Libraries.JSON_ANY_GETTER)
                                .addAnnotation(Libraries.JSON_IGNORE)
                                .addJavadoc(
                                        "properties the spec does not declare yet, written after the declared ones\n")
                                .build());
        TypeSpec.Builder record = poet.standard(TypeSpec.recordBuilder(name))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(classJavadoc(type))
                .recordConstructor(canonical.build());
        if (type.deprecated()) {
            record.addAnnotation(Deprecated.class);
        } else if (type.properties().stream().anyMatch(p -> layout.refersToDeprecated(p.type()))) {
            record.addAnnotation(AnnotationSpecs.suppressDeprecation());
        }
        List<io.mewscontract.codegen.ir.UnionType> unions = layout.unionsOf(type.schemaName());
        for (io.mewscontract.codegen.ir.UnionType union : unions) {
            record.addSuperinterface(layout.modelClass(union));
        }
        if (!unions.isEmpty()) {
            // The union's reader picks this record by kind; the record itself is read plainly (Jackson would
            // otherwise inherit the union's reader from the interface and loop).
            record.addAnnotation(AnnotationSpec.builder(layout.databind().jsonDeserialize())
                    .addMember("using", "$T.class", layout.databind().noDeserializer())
                    .build());
        }
        if (type.properties().stream().anyMatch(p -> !p.required())) {
            // Optional properties are written only when present (DESIGN.md: nullability and presence).
            record.addAnnotation(include("NON_NULL"));
        }
        record.addMethod(compactConstructor(type));
        record.addMethod(withoutUnknownProperties(type));
        for (Property property : type.properties()) {
            if (property.deprecated()) {
                record.addMethod(deprecatedAccessor(property));
            }
        }
        BuilderEmitter builder = new BuilderEmitter(layout, type, name);
        record.addMethod(builder.factory());
        record.addMethod(builder.toBuilder());
        record.addType(builder.builderClass());
        if (type.hasSecrets()) {
            record.addMethod(redactingToString(type));
        }
        return poet.file(layout.modelPackage(), record.build());
    }

    private ParameterSpec component(Property property) {
        AnnotationSpec.Builder jsonProperty = AnnotationSpec.builder(Libraries.JSON_PROPERTY);
        if (property.required()) {
            // Jackson checks "required" for creator properties: a missing key fails instead of reading as null/0.
            jsonProperty.addMember("value", "$S", property.wireName()).addMember("required", "true");
        } else {
            jsonProperty.addMember("value", "$S", property.wireName());
        }
        ParameterSpec.Builder component = ParameterSpec.builder(layout.type(property), property.javaName())
                .addAnnotation(jsonProperty.build());
        if (property.required() && property.nullable()) {
            // Required values are written even when null; the record's default leaves out null optionals.
            component.addAnnotation(include("ALWAYS"));
        }
        if (property.type() instanceof TypeRef.UpdateOf) {
            // Update.unchanged() is "empty": the property is left out, which is what "unchanged" means. The
            // runtime binding's (de)serializers are named here, so any mapper of the Jackson line reads updates.
            component
                    .addAnnotation(include("NON_EMPTY"))
                    .addAnnotation(AnnotationSpec.builder(layout.databind().jsonSerialize())
                            .addMember("using", "$T.class", layout.databind().updateSerializer())
                            .build())
                    .addAnnotation(AnnotationSpec.builder(layout.databind().jsonDeserialize())
                            .addMember("using", "$T.class", layout.databind().updateDeserializer())
                            .build());
        }
        String doc = Docs.property(layout.model(), property);
        if (!doc.isEmpty()) {
            component.addJavadoc("$L\n", doc);
        }
        return component.build();
    }

    private static AnnotationSpec include(String inclusion) {
        return AnnotationSpec.builder(Libraries.JSON_INCLUDE)
                .addMember("value", "$T.$L", Libraries.JSON_INCLUDE_INCLUDE, inclusion)
                .build();
    }

    private CodeBlock classJavadoc(ObjectType type) {
        CodeBlock.Builder doc = CodeBlock.builder();
        String description = Poet.javadoc(type.description());
        doc.add("$L\n", description.isEmpty() ? "The " + Poet.code(type.schemaName()) + " object." : description);
        if (type.operationRequest()) {
            doc.add("\n<p>The operation's own parameters. The fields every request carries (tokens, client name,"
                    + "\nlanguage) are not here: a client takes them from its configuration.\n");
        }
        if (type.keepsUnknownProperties()) {
            doc.add(
                    "\n<p>Properties the spec does not declare are kept in {@link #$L()} and\n"
                            + "written back unchanged, so a response survives a round trip even when the API has grown.\n",
                    UNKNOWN_PROPERTIES);
        } else {
            doc.add("\n<p>Properties the spec does not declare yet ({@link Builder#additionalProperty}) are written\n"
                    + "after the declared ones, so a property the API added can be sent before the spec has it.\n");
        }
        if (type.deprecated()) {
            doc.add("\n@deprecated $L\n", Docs.deprecation(layout.model(), type.pointer(), "type"));
        }
        return doc.build();
    }

    /** Null checks for required values, and unmodifiable copies of lists and unknown properties. */
    private static MethodSpec compactConstructor(ObjectType type) {
        CodeBlock.Builder body = CodeBlock.builder();
        for (Property property : type.properties()) {
            String name = property.javaName();
            boolean primitive = !property.javaNullable() && Docs.isPrimitive(property.type());
            if (!property.javaNullable() && !primitive && !(property.type() instanceof TypeRef.UpdateOf)) {
                // Runtime's check: a client reading a response that broke the spec leniently may pass null.
                body.addStatement("$T.nonNull($N,$W$S)", Runtime.REQUIRED, name, Docs.requiredMessage(property));
            }
            if (property.type() instanceof TypeRef.UpdateOf) {
                body.addStatement("$N = $N == null ? $T.unchanged() : $N", name, name, Runtime.UPDATE, name);
            }
            if (property.type() instanceof TypeRef.MapOf) {
                // Insertion (wire) order kept, unmodifiable.
                CodeBlock copy = CodeBlock.of(
                        "$T.unmodifiableMap(new $T<>($N))", Libraries.COLLECTIONS, Libraries.LINKED_HASH_MAP, name);
                // A required map may be null only while a client reads a broken response leniently: kept as is.
                body.addStatement(
                        "$N = $N == null$W? $L$W: $L", name, name, property.javaNullable() ? "null" : name, copy);
            }
            if (property.type() instanceof TypeRef.ListOf list) {
                CodeBlock copy = list.itemsNullable()
                        ? CodeBlock.of(
                                "$T.unmodifiableList(new $T<>($N))", Libraries.COLLECTIONS, Libraries.ARRAY_LIST, name)
                        : CodeBlock.of("$T.copyOf($N)", Libraries.LIST, name);
                // A required list may be null only while a client reads a broken response leniently: kept as is.
                body.addStatement(
                        "$N = $N == null$W? $L$W: $L", name, name, property.javaNullable() ? "null" : name, copy);
            }
        }
        // Jackson passes a new empty map (or null) when the body had no unknown property: sharing Map.of() instead
        // of copying it saves two objects per record read (ModelBenchmark). A LinkedHashMap keeps the wire order.
        body.addStatement(
                "$N = $N == null || $N.isEmpty()$W? $T.of()$W: $T.unmodifiableMap(new $T<>($N))",
                UNKNOWN_PROPERTIES,
                UNKNOWN_PROPERTIES,
                UNKNOWN_PROPERTIES,
                Libraries.MAP,
                Libraries.COLLECTIONS,
                Libraries.LINKED_HASH_MAP,
                UNKNOWN_PROPERTIES);
        return MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addCode(body.build())
                .build();
    }

    /** The constructor users call: every declared property, no unknown ones. */
    private MethodSpec withoutUnknownProperties(ObjectType type) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates an instance with no unknown properties.\n");
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : type.properties()) {
            constructor.addParameter(layout.type(property), property.javaName());
            arguments.add(CodeBlock.of("$N", property.javaName()));
        }
        arguments.add(CodeBlock.of("$T.of()", Libraries.MAP));
        return constructor
                .addStatement("this($L)", CodeBlock.join(arguments, ",$W"))
                .build();
    }

    /**
     * An explicit accessor carrying {@code @Deprecated}: on a record component the annotation has no effect on
     * the accessor (javac says so), so users would not be warned.
     */
    private MethodSpec deprecatedAccessor(Property property) {
        String doc = Docs.property(layout.model(), property).replace("\n    ", "\n");
        return MethodSpec.methodBuilder(property.javaName())
                .addAnnotation(Deprecated.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(layout.type(property))
                .addJavadoc(
                        "$L\n\n@deprecated $L\n", doc, Docs.deprecation(layout.model(), property.pointer(), "property"))
                .addStatement("return $N", property.javaName())
                .build();
    }

    /** Like the record's own {@code toString}, with secrets ({@code format: password}) replaced by {@code ***}. */
    private static MethodSpec redactingToString(ObjectType type) {
        Concatenation text = Concatenation.literal(type.javaName() + "[");
        List<Property> properties = type.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            text = text.plusLiteral((i == 0 ? "" : ", ") + property.javaName() + "=");
            text = property.secret() ? text.plusLiteral("***") : text.plusVariable(property.javaName());
        }
        text = text.plusLiteral(", " + UNKNOWN_PROPERTIES + "=").plusVariable(UNKNOWN_PROPERTIES);
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("Never prints secrets ({@code format: password}): {@code toString} ends up in logs.\n")
                .addStatement("return $L", text.plusLiteral("]").code())
                .build();
    }
}
