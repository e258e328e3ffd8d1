package io.mewscontract.connector.server.router;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.JsonShapes;
import io.mewscontract.runtime.ValueOutOfRangeException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jackson's complaint about a well-formed JSON body that does not fit the operation's types into a
 * {@code 400} message that names the field by its JSON path over wire names, the way the Connector API does:
 * <ul>
 *   <li>{@code Missing required property 'Limitation'} (also {@code 'PaymentRequests[0].Amount.Value'});
 *   <li>{@code Invalid value for 'PaymentRequests[0].Amount.Value': expected a number};
 *   <li>{@code Invalid value for 'Limitation': must not be null} for a {@code null} where the spec allows none;
 *   <li>{@code Unknown property 'Extra'} (the server is strict).
 * </ul>
 *
 * <p>Jackson's exception says where it stopped ({@link JsonMappingException#getPath()}, whose field names are the
 * wire names) and what it expected; it does not always name a missing or null property. For those, this class
 * looks at the body at that path and at the Java type there (records only, introspected with the mapper's own
 * configuration) to find which required property is absent or null. This runs on the error path only, so the
 * introspection costs nothing on a valid request. Jackson's own message is never used: it names Java types.
 */
final class BindingErrors {

    private final ObjectMapper mapper;
    private final Map<Class<?>, List<RecordProperty>> propertiesByType = new ConcurrentHashMap<>();

    BindingErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A record component as the wire sees it. */
    private record RecordProperty(String wireName, boolean required, boolean nullable, JavaType type) {}

    /**
     * @param error what Jackson reported while binding {@code body}
     * @param body the whole request body
     * @param requestType the operation's own request record
     */
    String describe(JsonMappingException error, JsonNode body, Class<?> requestType) {
        List<JsonMappingException.Reference> path = error.getPath();
        if (error instanceof ValueOutOfRangeException outOfRange) {
            return outOfRange(outOfRange);
        }
        if (error instanceof PropertyBindingException) {
            // Unrecognized, or ignored: the write-only component of request records' additional properties.
            return unknownProperties(path, body, requestType);
        }
        @Nullable String missing = missingProperty(path, body, requestType);
        if (missing != null) {
            return missing;
        }
        String where = render(path);
        @Nullable JsonNode node = nodeAt(body, path);
        if (node != null && node.isNull()) {
            return "Invalid value for '" + where + "': must not be null";
        }
        if (error instanceof ValueInstantiationException && node != null && node.isObject()) {
            // A record's constructor refused a null; Jackson points at the record, so find the property.
            @Nullable String nullProperty = nullProperty(path, node, requestType);
            if (nullProperty != null) {
                return "Invalid value for '" + nullProperty + "': must not be null";
            }
        }
        if (where.isEmpty()) {
            return "Invalid request body";
        }
        if (error.getCause() instanceof InputCoercionException) {
            return "Invalid value for '" + where + "': number out of range";
        }
        if (error instanceof MismatchedInputException mismatch) {
            @Nullable String expected = JsonShapes.expected(mismatch.getTargetType());
            if (expected != null) {
                return "Invalid value for '" + where + "': expected " + expected;
            }
        }
        return "Invalid value for '" + where + "'";
    }

    /**
     * Jackson stops at the first property it does not know; the answer names every one in the body, so that one
     * round trip fixes them all.
     */
    private String unknownProperties(List<JsonMappingException.Reference> path, JsonNode body, Class<?> requestType) {
        List<String> unknown = new ArrayList<>();
        if (body.isObject()) {
            body.fieldNames().forEachRemaining(name -> {
                @Nullable RecordProperty property = propertyNamed(rootOf(name, requestType), name);
                if (property == null) {
                    unknown.add(quote(name));
                } else {
                    collectUnknown(body.get(name), property.type(), name, unknown);
                }
            });
        }
        if (unknown.isEmpty()) {
            unknown.add(quote(render(path)));
        }
        return (unknown.size() == 1 ? "Unknown property " : "Unknown properties ") + String.join(", ", unknown);
    }

    private void collectUnknown(JsonNode node, JavaType type, String where, List<String> unknown) {
        if (node.isArray() && type.getContentType() != null) {
            for (int i = 0; i < node.size(); i++) {
                collectUnknown(node.get(i), type.getContentType(), where + "[" + i + "]", unknown);
            }
        } else if (node.isObject() && type.getRawClass().isRecord()) {
            node.fieldNames().forEachRemaining(name -> {
                @Nullable RecordProperty property = propertyNamed(type, name);
                if (property == null) {
                    unknown.add(quote(child(where, name)));
                } else {
                    collectUnknown(node.get(name), property.type(), child(where, name), unknown);
                }
            });
        }
    }

    private @Nullable RecordProperty propertyNamed(JavaType type, String wireName) {
        return properties(type).stream().filter(p -> p.wireName().equals(wireName)).findFirst().orElse(null);
    }

    /** {@code Invalid value for 'PaymentRequests[0].Amount.Value': number out of range}. */
    static String outOfRange(ValueOutOfRangeException error) {
        return "Invalid value for '" + render(error.getPath()) + "': " + error.reason();
    }

    /** The path of a property of the object at {@code path} that is {@code null} though its type is not nullable. */
    private @Nullable String nullProperty(
            List<JsonMappingException.Reference> path, JsonNode object, Class<?> requestType) {
        String where = render(path);
        for (JavaType type : typesAt(path, requestType)) {
            for (RecordProperty property : properties(type)) {
                JsonNode value = object.get(property.wireName());
                if (!property.nullable() && value != null && value.isNull()) {
                    return child(where, property.wireName());
                }
            }
        }
        return null;
    }

    /**
     * When Jackson stopped at a property the body does not have, "missing" describes it better than any type
     * mismatch; every other required property missing beside it is named too, so one answer fixes them all.
     */
    private @Nullable String missingProperty(
            List<JsonMappingException.Reference> path, JsonNode body, Class<?> requestType) {
        if (path.isEmpty() || path.get(path.size() - 1).getFieldName() == null) {
            return null;
        }
        List<JsonMappingException.Reference> parentPath = path.subList(0, path.size() - 1);
        @Nullable JsonNode parent = nodeAt(body, parentPath);
        String name = path.get(path.size() - 1).getFieldName();
        if (parent == null || !parent.isObject() || parent.has(name)) {
            return null;
        }
        String where = render(parentPath);
        List<String> missing = new ArrayList<>();
        List<JavaType> types = parentPath.isEmpty()
                ? List.of(rootOf(name, requestType))
                : typesAt(parentPath, requestType);
        for (JavaType type : types) {
            for (RecordProperty property : properties(type)) {
                if (property.required() && !parent.has(property.wireName())) {
                    missing.add(quote(child(where, property.wireName())));
                }
            }
        }
        if (missing.isEmpty()) {
            missing.add(quote(child(where, name)));
        }
        return (missing.size() == 1 ? "Missing required property " : "Missing required properties ")
                + String.join(", ", missing);
    }

    /** The top-level type a top-level property belongs to: the common fields, or the operation's own record. */
    private JavaType rootOf(String topLevelName, Class<?> requestType) {
        return mapper.constructType(
                CommonRequestFields.WIRE_NAMES.contains(topLevelName) ? CommonRequestFields.class : requestType);
    }

    /** {@code PaymentRequests[0].Amount.Value}: wire names joined by dots, list positions in brackets. */
    static String render(List<JsonMappingException.Reference> path) {
        StringBuilder rendered = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (rendered.length() > 0) {
                    rendered.append('.');
                }
                rendered.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                rendered.append('[').append(reference.getIndex()).append(']');
            }
        }
        return rendered.toString();
    }

    private static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String quote(String path) {
        return "'" + path + "'";
    }

    private static @Nullable JsonNode nodeAt(JsonNode body, List<JsonMappingException.Reference> path) {
        JsonNode node = body;
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                node = node.get(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                node = node.get(reference.getIndex());
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * The Java types that may sit at {@code path}. The body's top level is bound twice (the common fields, then the
     * operation's own record), so an empty path may mean either, in the order they are bound.
     */
    private List<JavaType> typesAt(List<JsonMappingException.Reference> path, Class<?> requestType) {
        if (path.isEmpty()) {
            return List.of(mapper.constructType(CommonRequestFields.class), mapper.constructType(requestType));
        }
        String first = path.get(0).getFieldName();
        if (first == null) {
            return List.of();
        }
        @Nullable JavaType type = typeAt(rootOf(first, requestType), path);
        return type == null ? List.of() : List.of(type);
    }

    private @Nullable JavaType typeAt(JavaType root, List<JsonMappingException.Reference> path) {
        JavaType type = root;
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                String name = reference.getFieldName();
                @Nullable RecordProperty property = properties(type).stream()
                        .filter(p -> p.wireName().equals(name)).findFirst().orElse(null);
                if (property == null) {
                    return null;
                }
                type = property.type();
            } else if (reference.getIndex() >= 0 && type.getContentType() != null) {
                type = type.getContentType();
            } else {
                return null;
            }
        }
        return type;
    }

    /** The wire properties of a record type, as the mapper binds them; empty for any other type. */
    private List<RecordProperty> properties(JavaType type) {
        if (!type.getRawClass().isRecord()) {
            return List.of();
        }
        return propertiesByType.computeIfAbsent(type.getRawClass(), raw -> {
            BeanDescription description = mapper.getDeserializationConfig().introspect(type);
            Set<String> nullableComponents = nullableComponents(raw);
            List<RecordProperty> properties = new ArrayList<>();
            for (BeanPropertyDefinition definition : description.findProperties()) {
                properties.add(new RecordProperty(definition.getName(), definition.isRequired(),
                        nullableComponents.contains(definition.getInternalName()), definition.getPrimaryType()));
            }
            return List.copyOf(properties);
        });
    }

    /** Record components whose type carries JSpecify's {@code @Nullable}, or a primitive's wrapper rules. */
    private static Set<String> nullableComponents(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        if (components == null) {
            return Set.of();
        }
        return java.util.Arrays.stream(components)
                .filter(c -> c.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
