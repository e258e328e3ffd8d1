package io.mewscontract.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.Objects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The spec's object schemas flattened for comparison with the documents: {@code allOf} merged, local
 * references followed, nullable decided per use site (the wrapper's {@code nullable} or the
 * referenced component's). Made for comparison with the documents only: the generator has its own, richer
 * model.
 */
@SuppressWarnings("rawtypes") // swagger-parser's model returns raw Schema lists and maps
public final class SpecModel {

    private static final String COMPONENTS = "#/components/schemas/";

    private final OpenAPI api;
    private final Map<String, Map<String, PropertyFacts>> objects = new LinkedHashMap<>();

    private SpecModel(OpenAPI api) {
        this.api = api;
        api.getComponents().getSchemas().forEach((name, schema) -> {
            Map<String, PropertyFacts> properties = new LinkedHashMap<>();
            collect(name, schema, properties, new LinkedHashSet<>());
            if (!properties.isEmpty()) {
                objects.put(name, properties);
            }
        });
    }

    /** Parses a spec file with swagger-parser, references resolved; the result keeps every parser message. */
    public static SwaggerParseResult parse(Path specFile) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readLocation(specFile.toUri().toString(), null, options);
    }

    /**
     * Loads a spec file.
     *
     * @throws IllegalStateException when swagger-parser cannot read it at all
     */
    public static SpecModel load(Path specFile) {
        SwaggerParseResult result = parse(specFile);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("Cannot parse " + specFile + ": " + result.getMessages());
        }
        return new SpecModel(result.getOpenAPI());
    }

    /** Object schemas by component name, each with its properties in declaration order. */
    public Map<String, Map<String, PropertyFacts>> objects() {
        return objects;
    }

    /** The component whose {@code x-mews-doc-names} lists the name a document uses. */
    public Optional<String> componentForDocName(String docName) {
        for (var entry : api.getComponents().getSchemas().entrySet()) {
            Object names = extension(entry.getValue(), "x-mews-doc-names");
            if (names instanceof List<?> list && list.stream().anyMatch(n -> docName.equalsIgnoreCase(String.valueOf(n)))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The component of an operation's request body. */
    public Optional<String> requestComponent(String path) {
        return operation(path)
                .map(op -> java.util.Objects.requireNonNull(op.getRequestBody().getContent().get("application/json"))
                        .getSchema())
                .map(s -> refName(s.get$ref()));
    }

    /** The component of an operation's response body for a status. */
    public Optional<String> responseComponent(String path, String status) {
        return operation(path).map(op -> {
            ApiResponse response = op.getResponses().get(status);
            if (response != null && response.get$ref() != null) {
                response = api.getComponents().getResponses().get(refName(response.get$ref()));
            }
            if (response == null || response.getContent() == null) {
                return null;
            }
            return refName(java.util.Objects.requireNonNull(response.getContent().get("application/json"))
                    .getSchema().get$ref());
        });
    }

    /** The POST operation at a path, as swagger-parser read it. */
    public Optional<Operation> operation(String path) {
        PathItem item = api.getPaths().get(path);
        return Optional.ofNullable(item).map(PathItem::getPost);
    }

    /** The component schema with this name, as swagger-parser read it, or {@code null}. */
    public @Nullable Schema<?> component(String name) {
        return api.getComponents().getSchemas().get(name);
    }

    private void collect(String owner, Schema<?> schema, Map<String, PropertyFacts> into, Set<String> seen) {
        if (schema.get$ref() != null) {
            String target = refName(schema.get$ref());
            if (seen.add(target)) {
                collect(owner, Objects.requireNonNull(component(target), target), into, seen);
            }
            return;
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                collect(owner, part, into, seen);
            }
        }
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) ->
                into.put(name, facts(owner, name, required.contains(name), property)));
    }

    private PropertyFacts facts(String owner, String name, boolean required, Schema<?> use) {
        Schema<?> value = resolve(use);
        boolean nullable = Boolean.TRUE.equals(use.getNullable()) || Boolean.TRUE.equals(value.getNullable());
        String refName = referencedName(use);
        String format = value.getFormat();
        if ("array".equals(value.getType()) && value.getItems() != null) {
            refName = referencedName(value.getItems());
            format = resolve(value.getItems()).getFormat();
        }
        Object interval = extension(use, "x-mews-max-interval");
        return new PropertyFacts(owner, name, required, nullable, kindOf(value), format, refName,
                value.getMinItems(), value.getMaxItems(), value.getMinLength(), value.getMaxLength(),
                interval == null ? null : interval.toString());
    }

    /** Follows a $ref or a single-reference allOf wrapper to the schema that holds the type. */
    private Schema<?> resolve(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return resolve(Objects.requireNonNull(component(refName(schema.get$ref()))));
        }
        if (schema.getType() == null && schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return resolve(schema.getAllOf().get(0));
        }
        return schema;
    }

    private static @Nullable String referencedName(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return refName(schema.get$ref());
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getAllOf().get(0).get$ref() != null) {
            return refName(schema.getAllOf().get(0).get$ref());
        }
        return null;
    }

    private static String kindOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null || schema.getAllOf() != null ? "object" : "any";
    }

    /** {@code #/components/schemas/Amount} → {@code Amount}. */
    public static String refName(String ref) {
        if (!ref.startsWith(COMPONENTS)) {
            throw new IllegalArgumentException("Not a component schema reference: " + ref);
        }
        return ref.substring(COMPONENTS.length());
    }

    private static @Nullable Object extension(Schema<?> schema, String name) {
        return schema.getExtensions() == null ? null : schema.getExtensions().get(name);
    }

    /** Every property of an object, or an empty map when the name is not an object component. */
    public Map<String, PropertyFacts> propertiesOf(String component) {
        return objects.getOrDefault(component, Map.of());
    }

    /**
     * Every property of {@code json} (walked from the component {@code component} through declared object
     * references and arrays) that the spec does not declare, in document order.
     */
    public List<UndeclaredProperty> undeclaredProperties(String component, JsonNode json) {
        List<UndeclaredProperty> found = new ArrayList<>();
        collectUndeclared(component, json, "", found);
        return found;
    }

    private void collectUndeclared(String component, JsonNode node, String pointer, List<UndeclaredProperty> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndeclared(component, node.get(i), pointer + "/" + i, found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, PropertyFacts> properties = propertiesOf(component);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String childPointer = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            PropertyFacts facts = properties.get(field.getKey());
            if (facts == null) {
                found.add(new UndeclaredProperty(childPointer, component + "." + field.getKey()));
            } else if (facts.refName() != null && !field.getValue().isNull()) {
                collectUndeclared(facts.refName(), field.getValue(), childPointer, found);
            }
        }
    }

    /**
     * The spec element a JSON pointer into a value of {@code component} lands on:
     * {@code /Preauthorizations/0/Amount/NetValue} from {@code PreauthorizationResult} is {@code Amount.NetValue};
     * array indexes after a property stay on it ({@code /PaymentRequestIds/0} is the {@code PaymentRequestIds}
     * property). Empty for the root itself or a
     * pointer that leaves the declared properties.
     */
    public Optional<String> elementAt(String component, String pointer) {
        String current = component;
        String element = null;
        for (String token : pointer.split("/", -1)) {
            if (token.isEmpty() || token.chars().allMatch(Character::isDigit)) {
                continue; // the leading empty token, or an array index
            }
            if (element != null) {
                PropertyFacts facts = propertiesOf(element.substring(0, element.indexOf('.')))
                        .get(element.substring(element.indexOf('.') + 1));
                if (facts == null || facts.refName() == null) {
                    return Optional.empty();
                }
                current = facts.refName();
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!propertiesOf(current).containsKey(name)) {
                return Optional.empty();
            }
            element = current + "." + name;
        }
        return Optional.ofNullable(element);
    }

    /** The operation paths, in declaration order. */
    public List<String> paths() {
        return new ArrayList<>(api.getPaths().keySet());
    }

    /** The known values of an enum component, in declaration order; empty when it is not an enum. */
    public List<String> enumValues(String component) {
        Schema<?> schema = component(component);
        return schema == null || schema.getEnum() == null ? List.of()
                : schema.getEnum().stream().filter(v -> v != null).map(String::valueOf).toList();
    }

    /** Whether an enum component is declared open ({@code x-mews-open-enum: true}, see DESIGN.md). */
    public boolean isOpenEnum(String component) {
        Schema<?> schema = component(component);
        return schema != null && Boolean.TRUE.equals(extension(schema, "x-mews-open-enum"));
    }

    /** Every component schema name, in declaration order. */
    public List<String> components() {
        return new ArrayList<>(api.getComponents().getSchemas().keySet());
    }
}
