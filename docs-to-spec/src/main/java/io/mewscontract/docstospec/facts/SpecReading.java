package io.mewscontract.docstospec.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A curated spec read the way drift and reproducibility read it (the document flattened as {@link ContractFacts}
 * flattens it: a request's {@code allOf} brings its common fields and own properties into one object, a use-site
 * {@code allOf: [$ref]} is the reference), as one object per component with each property's contract, for checks
 * that compare the spec with what the pages say element by element (the conformance suite). Nullability is
 * DESIGN.md's rule, decided here once for those checks: a use is nullable when it says so or the component it
 * refers to does.
 */
public final class SpecReading {
    private static final String COMPONENTS = "#/components/schemas/";

    /**
     * One property's contract, references and wrappers looked through.
     *
     * @param schema the component the property belongs to (for a request: the request component, common fields
     *     included)
     * @param name the property name
     * @param required whether the key is always present
     * @param nullable whether the value may be null (at the use, or the referenced component)
     * @param kind the JSON type: string, number, integer, boolean, array, object, or {@code any}
     * @param format the value's format (of the items, for an array), or {@code null}
     * @param refName the component the value (or the items) refers to, or {@code null}
     * @param itemKind for an array: the items' JSON type; else {@code null}
     * @param maxInterval {@code x-mews-max-interval}, or {@code null}
     */
    public record PropertyContract(
            String schema,
            String name,
            boolean required,
            boolean nullable,
            String kind,
            @Nullable String format,
            @Nullable String refName,
            @Nullable String itemKind,
            @Nullable Integer minItems,
            @Nullable Integer maxItems,
            @Nullable Integer minLength,
            @Nullable Integer maxLength,
            @Nullable String maxInterval) {
        /** {@code Schema.Property}, as RECONCILIATION.md names it. */
        public String element() {
            return schema + "." + name;
        }
    }

    /**
     * A property of a JSON value that the spec's schema for it does not declare.
     *
     * @param pointer where it is (RFC 6901), e.g. {@code /Preauthorizations/1/ReceiptIdentifier}
     * @param element the spec element it would be, e.g. {@code Preauthorization.ReceiptIdentifier}
     */
    public record Undeclared(String pointer, String element) {}

    private final JsonNode root;
    private final Map<String, Map<String, PropertyContract>> objects = new LinkedHashMap<>();

    private SpecReading(JsonNode root) {
        this.root = root;
        schemas().properties().forEach(entry -> {
            Map<String, PropertyContract> properties = new LinkedHashMap<>();
            collect(entry.getKey(), entry.getValue(), properties, new LinkedHashSet<>());
            if (!properties.isEmpty()) {
                objects.put(entry.getKey(), properties);
            }
        });
    }

    /** Reads a spec given as a Jackson tree. */
    public static SpecReading of(JsonNode openApi) {
        return new SpecReading(openApi);
    }

    /** Reads a spec file (YAML or JSON). */
    public static SpecReading read(Path spec) throws OpenApiFiles.UnreadableDocumentException {
        return new SpecReading(OpenApiFiles.read(spec));
    }

    private JsonNode schemas() {
        return root.path("components").path("schemas");
    }

    /** Object components by name, each with its properties in declaration order. */
    public Map<String, Map<String, PropertyContract>> objects() {
        return objects;
    }

    /** Every property of an object component; empty when the name is not one. */
    public Map<String, PropertyContract> propertiesOf(String component) {
        return objects.getOrDefault(component, Map.of());
    }

    /** Every component name, in declaration order. */
    public List<String> components() {
        List<String> names = new ArrayList<>();
        schemas().fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The operation paths, in declaration order. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        root.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** The component whose {@code x-mews-doc-names} lists the name a page uses (case aside). */
    public Optional<String> componentForDocName(String docName) {
        for (Map.Entry<String, JsonNode> entry : schemas().properties()) {
            for (JsonNode name : entry.getValue().path("x-mews-doc-names")) {
                if (name.asText().equalsIgnoreCase(docName)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** The component of the POST operation's request body at a path. */
    public Optional<String> requestComponent(String path) {
        return refName(post(path).at("/requestBody/content/application~1json/schema"));
    }

    /** The component of the POST operation's response body for a status (a response reference followed). */
    public Optional<String> responseComponent(String path, String status) {
        JsonNode response = post(path).path("responses").path(status);
        if (response.has("$ref")) {
            String ref = response.get("$ref").asText();
            response = root.at("/components/responses/" + Pointers.escape(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return refName(response.at("/content/application~1json/schema"));
    }

    private JsonNode post(String path) {
        return root.path("paths").path(path).path("post");
    }

    /** The known values of an enum component, in declaration order; empty when it is not an enum. */
    public List<String> enumValues(String component) {
        List<String> values = new ArrayList<>();
        schemas().path(component).path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    /** Whether an enum component is declared open ({@code x-mews-open-enum: true}). */
    public boolean isOpenEnum(String component) {
        return schemas().path(component).path("x-mews-open-enum").asBoolean(false);
    }

    private void collect(String owner, JsonNode raw, Map<String, PropertyContract> into, Set<String> seen) {
        JsonNode schema = SchemaShapes.flatten(raw);
        Optional<String> ref = refName(schema);
        if (ref.isPresent() && !schema.has("properties")) {
            if (seen.add(ref.get())) {
                collect(owner, schemas().path(ref.get()), into, seen);
            }
            return;
        }
        for (JsonNode part : schema.path("allOf")) { // the references a flattened composition keeps
            String name = componentOf(part.asText());
            if (name != null && seen.add(name)) {
                collect(owner, schemas().path(name), into, seen);
            }
        }
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties")
                .properties()
                .forEach(p ->
                        into.put(p.getKey(), contract(owner, p.getKey(), required.contains(p.getKey()), p.getValue())));
    }

    private PropertyContract contract(String owner, String name, boolean required, JsonNode rawUse) {
        JsonNode use = SchemaShapes.flatten(rawUse);
        JsonNode value = resolve(use);
        boolean nullable =
                use.path("nullable").asBoolean(false) || value.path("nullable").asBoolean(false);
        String refName = refName(use).orElse(null);
        String format = text(value, "format");
        String kind = kindOf(value);
        String itemKind = null;
        if (kind.equals("array") && value.has("items")) {
            JsonNode items = SchemaShapes.flatten(value.get("items"));
            refName = refName(items).orElse(null);
            JsonNode resolvedItems = resolve(items);
            format = text(resolvedItems, "format");
            itemKind = kindOf(resolvedItems);
        }
        return new PropertyContract(
                owner,
                name,
                required,
                nullable,
                kind,
                format,
                refName,
                itemKind,
                integer(value, "minItems"),
                integer(value, "maxItems"),
                integer(value, "minLength"),
                integer(value, "maxLength"),
                text(use, "x-mews-max-interval"));
    }

    /** Follows references to the schema that holds the type. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        Set<String> seen = new LinkedHashSet<>();
        Optional<String> ref = refName(current);
        while (ref.isPresent() && !current.has("type") && !current.has("properties") && seen.add(ref.get())) {
            current = SchemaShapes.flatten(schemas().path(ref.get()));
            ref = refName(current);
        }
        return current;
    }

    private static String kindOf(JsonNode schema) {
        if (schema.path("type").isTextual()) {
            return schema.get("type").asText();
        }
        return schema.has("properties") || schema.has("allOf") || schema.has("additionalProperties") ? "object" : "any";
    }

    private static Optional<String> refName(JsonNode schema) {
        return Optional.ofNullable(componentOf(schema.path("$ref").asText("")));
    }

    private static @Nullable String componentOf(String ref) {
        return ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        return node.path(field).isValueNode() && !node.path(field).isNull()
                ? node.get(field).asText()
                : null;
    }

    private static @Nullable Integer integer(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.get(field).asInt() : null;
    }

    /**
     * Every property of {@code json} (walked from {@code component} through declared references and arrays) that
     * the spec does not declare, in document order.
     */
    public List<Undeclared> undeclaredProperties(String component, JsonNode json) {
        List<Undeclared> found = new ArrayList<>();
        undeclared(component, json, "", found);
        return found;
    }

    private void undeclared(String component, JsonNode node, String pointer, List<Undeclared> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                undeclared(component, node.get(i), pointer + "/" + i, found);
            }
            return;
        }
        Map<String, PropertyContract> properties = propertiesOf(component);
        node.properties().forEach(field -> {
            String at = pointer + "/" + Pointers.escape(field.getKey());
            PropertyContract contract = properties.get(field.getKey());
            if (contract == null) {
                found.add(new Undeclared(at, component + "." + field.getKey()));
            } else if (contract.refName() != null && !field.getValue().isNull()) {
                undeclared(contract.refName(), field.getValue(), at, found);
            }
        });
    }

    /**
     * The spec element a JSON pointer into a value of {@code component} lands on ({@code /Preauthorizations/0/
     * Amount/NetValue} from {@code PreauthorizationResult} is {@code Amount.NetValue}; array indexes stay on
     * their property); empty for the root or a pointer that leaves the declared properties.
     */
    public Optional<String> elementAt(String component, String pointer) {
        String current = component;
        PropertyContract element = null;
        for (String token : pointer.split("/", -1)) {
            if (token.isEmpty() || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (element != null) {
                if (element.refName() == null) {
                    return Optional.empty();
                }
                current = element.refName();
            }
            element = propertiesOf(current).get(token.replace("~1", "/").replace("~0", "~"));
            if (element == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(element).map(PropertyContract::element);
    }
}
