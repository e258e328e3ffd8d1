package io.mewscontract.connector.server.router;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.JsonShapes;
import io.mewscontract.runtime.ValueOutOfRangeException;
import io.mewscontract.runtime.WireProperty;
import io.mewscontract.runtime.WireShapes;
import java.util.ArrayList;
import java.util.List;
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
 * looks at the body at that path and at the record there, described by the operation's generated
 * {@link WireShapes} (wire names, {@code required}, {@code nullable} as the spec says: nothing is reflected), to find
 * which required property is absent or null. It runs on the error path only. Jackson's own message is never used:
 * it names Java types.
 */
final class BindingErrors {

    private final WireShapes shapes;

    BindingErrors(WireShapes shapes) {
        this.shapes = shapes;
    }

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
                @Nullable WireProperty property = propertyNamed(rootOf(name, requestType), name);
                if (property == null) {
                    unknown.add(quote(name));
                } else {
                    collectUnknown(body.get(name), property.objectType(), name, unknown);
                }
            });
        }
        if (unknown.isEmpty()) {
            unknown.add(quote(render(path)));
        }
        return (unknown.size() == 1 ? "Unknown property " : "Unknown properties ") + String.join(", ", unknown);
    }

    private void collectUnknown(JsonNode node, @Nullable Class<?> type, String where, List<String> unknown) {
        if (type == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnknown(node.get(i), type, where + "[" + i + "]", unknown);
            }
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                @Nullable WireProperty property = propertyNamed(type, name);
                if (property == null) {
                    unknown.add(quote(child(where, name)));
                } else {
                    collectUnknown(node.get(name), property.objectType(), child(where, name), unknown);
                }
            });
        }
    }

    private @Nullable WireProperty propertyNamed(Class<?> type, String wireName) {
        return properties(type).stream()
                .filter(p -> p.name().equals(wireName))
                .findFirst()
                .orElse(null);
    }

    /** {@code Invalid value for 'PaymentRequests[0].Amount.Value': number out of range}. */
    static String outOfRange(ValueOutOfRangeException error) {
        return "Invalid value for '" + render(error.getPath()) + "': " + error.reason();
    }

    /** The path of a property of the object at {@code path} that is {@code null} though its type is not nullable. */
    private @Nullable String nullProperty(
            List<JsonMappingException.Reference> path, JsonNode object, Class<?> requestType) {
        String where = render(path);
        for (Class<?> type : typesAt(path, requestType)) {
            for (WireProperty property : properties(type)) {
                JsonNode value = object.get(property.name());
                if (!property.nullable() && value != null && value.isNull()) {
                    return child(where, property.name());
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
        List<Class<?>> types =
                parentPath.isEmpty() ? List.of(rootOf(name, requestType)) : typesAt(parentPath, requestType);
        for (Class<?> type : types) {
            for (WireProperty property : properties(type)) {
                if (property.required() && !parent.has(property.name())) {
                    missing.add(quote(child(where, property.name())));
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
    private static Class<?> rootOf(String topLevelName, Class<?> requestType) {
        return CommonRequestFields.WIRE_NAMES.contains(topLevelName) ? CommonRequestFields.class : requestType;
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
    private List<Class<?>> typesAt(List<JsonMappingException.Reference> path, Class<?> requestType) {
        if (path.isEmpty()) {
            return List.of(CommonRequestFields.class, requestType);
        }
        String first = path.get(0).getFieldName();
        if (first == null) {
            return List.of();
        }
        @Nullable Class<?> type = typeAt(rootOf(first, requestType), path);
        return type == null ? List.of() : List.of(type);
    }

    /** The record at {@code path}: list positions keep the items' record; {@code null} past what shapes describe. */
    private @Nullable Class<?> typeAt(Class<?> root, List<JsonMappingException.Reference> path) {
        @Nullable Class<?> type = root;
        for (JsonMappingException.Reference reference : path) {
            if (type == null) {
                return null;
            }
            if (reference.getFieldName() != null) {
                @Nullable WireProperty property = propertyNamed(type, reference.getFieldName());
                if (property == null) {
                    return null;
                }
                type = property.objectType();
            } else if (reference.getIndex() < 0) {
                return null;
            }
        }
        return type;
    }

    /** The wire properties of a record, as the spec declares them; empty for a type the shapes do not describe. */
    private List<WireProperty> properties(Class<?> type) {
        return shapes.propertiesOf(type);
    }
}
