package io.mewscontract.codegen.load;

import io.mewscontract.codegen.ir.ErrorResponse;
import io.mewscontract.codegen.ir.OperationKind;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.Trait;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.load.SchemaReader.ObjectDraft;
import io.mewscontract.codegen.load.SchemaReader.Shape;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code paths}: every operation must be {@code POST /api/connector/v1/{group}/{name}} with a JSON request
 * body that is an operation request ({@code allOf} with the common request schema) and a JSON {@code 200}
 * response; traits come from {@code x-mews-*} extensions and are checked against the schemas they name.
 */
final class OperationReader {

    /** An operation before names are allocated. */
    record OperationDraft(
            String operationId,
            String group,
            String name,
            String path,
            OperationKind kind,
            @Nullable String summary,
            @Nullable String description,
            boolean deprecated,
            String requestType,
            String responseType,
            boolean noContentAllowed,
            List<ErrorResponse> errors,
            @Nullable PaginationDraft pagination,
            Trait.@Nullable Batched batching,
            Pointer pointer) {}

    /** A pagination trait before the stream method's name is allocated. */
    record PaginationDraft(
            Property limitation,
            String limitationType,
            Property count,
            Property cursor,
            Property responseCursor,
            Property items,
            TypeRef itemType,
            List<Property> otherLists) {}

    private static final Pattern CONNECTOR_PATH = Pattern.compile(
            "/api/connector/v1/([A-Za-z][A-Za-z0-9]*)/([A-Za-z][A-Za-z0-9]*)(?:/(\\d{4}-\\d{2}-\\d{2}))?");
    private static final String JSON = "application/json";

    private final OpenAPI openApi;
    private final SchemaReader schemas;

    OperationReader(OpenAPI openApi, SchemaReader schemas) {
        this.openApi = openApi;
        this.schemas = schemas;
    }

    List<OperationDraft> read() {
        List<OperationDraft> operations = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        if (openApi.getPaths() == null) {
            return operations;
        }
        for (Map.Entry<String, PathItem> entry : openApi.getPaths().entrySet()) {
            Pointer at = Pointer.ROOT.add("paths").add(entry.getKey());
            OperationDraft operation = read(entry.getKey(), entry.getValue(), at);
            if (!operationIds.add(operation.operationId())) {
                throw LoadFailure.invalid(
                        operation.pointer().add("operationId"),
                        "The operationId " + operation.operationId() + " is used twice");
            }
            operations.add(operation);
        }
        return operations;
    }

    private OperationDraft read(String path, PathItem item, Pointer pathAt) {
        for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> method :
                item.readOperationsMap().entrySet()) {
            if (method.getKey() != PathItem.HttpMethod.POST) {
                throw LoadFailure.unsupported(
                        pathAt.add(method.getKey().name().toLowerCase(java.util.Locale.ROOT)),
                        "Only POST operations are supported: every Connector API operation is a POST with a JSON"
                                + " body, not " + method.getKey());
            }
        }
        if (item.getPost() == null) {
            throw LoadFailure.unsupported(pathAt, "The path has no POST operation");
        }
        Matcher matcher = CONNECTOR_PATH.matcher(path);
        if (!matcher.matches()) {
            throw LoadFailure.unsupported(
                    pathAt,
                    "Paths must have the form /api/connector/v1/{resource}/{operation}"
                            + " (letters and digits only), optionally versioned /{operation}/{yyyy-mm-dd}, not "
                            + path);
        }
        checkParameters(item.getParameters(), pathAt.add("parameters"));
        io.swagger.v3.oas.models.Operation operation = item.getPost();
        Pointer at = pathAt.add("post");
        checkParameters(operation.getParameters(), at.add("parameters"));
        String group = matcher.group(1);
        String name = matcher.group(2);
        String requestType = requestType(operation.getRequestBody(), at.add("requestBody"));
        ResponseSet responses = responses(operation, at.add("responses"));
        OperationKind kind = kind(operation, at);
        String replacedBy = Extensions.string(operation.getExtensions(), Extensions.REPLACED_BY, at);
        if (replacedBy != null) {
            schemas.replacements().put(at.value(), replacedBy);
        }
        ObjectDraft request = schemas.object(requestType);
        ObjectDraft response = schemas.object(responses.success());
        return new OperationDraft(
                operation.getOperationId() != null
                        ? operation.getOperationId()
                        : group + "_" + name + (matcher.group(3) == null ? "" : "_" + matcher.group(3)),
                group,
                name,
                path,
                kind,
                operation.getSummary(),
                operation.getDescription(),
                Boolean.TRUE.equals(operation.getDeprecated()),
                requestType,
                responses.success(),
                responses.noContent(),
                responses.errors(),
                pagination(operation, at, request, response),
                batching(operation, at, kind, request, response),
                at);
    }

    /** Header parameters ({@code Prefer}) are transport concerns the client runtime handles; others are refused. */
    private void checkParameters(@Nullable List<Parameter> parameters, Pointer at) {
        if (parameters == null) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.get$ref() != null) {
                parameter = component(parameter.get$ref(), "parameters", Components::getParameters, at.add(i));
            }
            if (!"header".equals(parameter.getIn())) {
                throw LoadFailure.unsupported(
                        at.add(i),
                        parameter.getIn() + " parameters are not supported: a"
                                + " Connector API operation takes everything in its JSON body (headers are fine)");
            }
        }
    }

    private String requestType(@Nullable RequestBody body, Pointer at) {
        if (body == null) {
            throw LoadFailure.invalid(at, "Every operation needs a JSON request body: it carries the common fields");
        }
        if (body.get$ref() != null) {
            body = component(body.get$ref(), "requestBodies", Components::getRequestBodies, at);
        }
        String type = jsonObjectType(body.getContent(), at.add("content"));
        if (type == null) {
            throw LoadFailure.invalid(at.add("content"), "The request body needs " + JSON + " content");
        }
        if (!schemas.object(type).operationRequest()) {
            throw LoadFailure.invalid(
                    Pointer.schema(type),
                    type + " is an operation request, so it must be" + " allOf: [$ref: " + schemas.commonSchemaName()
                            + ", {own properties}]");
        }
        return type;
    }

    private record ResponseSet(String success, boolean noContent, List<ErrorResponse> errors) {}

    private ResponseSet responses(io.swagger.v3.oas.models.Operation operation, Pointer at) {
        if (operation.getResponses() == null) {
            throw LoadFailure.invalid(at, "The operation declares no responses");
        }
        String success = null;
        boolean noContent = false;
        List<ErrorResponse> errors = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
            String status = entry.getKey();
            Pointer statusAt = at.add(status);
            ApiResponse response = entry.getValue();
            if (response.get$ref() != null) {
                response = component(response.get$ref(), "responses", Components::getResponses, statusAt);
            }
            String type = jsonObjectType(response.getContent(), statusAt.add("content"));
            if (status.equals("200")) {
                if (type == null) {
                    throw LoadFailure.invalid(
                            statusAt, "A 200 response needs " + JSON + " content with a $ref" + " to an object schema");
                }
                success = type;
            } else if (status.equals("204")) {
                noContent = true;
            } else if (status.equals("default") || status.startsWith("4") || status.startsWith("5")) {
                errors.add(new ErrorResponse(status, response.getDescription(), type));
            } else {
                throw LoadFailure.unsupported(
                        statusAt, "Only 200, 204 and error responses are supported, not " + status);
            }
        }
        if (success == null) {
            throw LoadFailure.invalid(at, "The operation declares no 200 response");
        }
        return new ResponseSet(success, noContent, errors);
    }

    /** The object schema a JSON content's schema refers to, or null when there is no JSON content. */
    private @Nullable String jsonObjectType(@Nullable Content content, Pointer at) {
        if (content == null || content.get(JSON) == null) {
            return null;
        }
        MediaType media = content.get(JSON);
        Pointer schemaAt = at.add(JSON).add("schema");
        if (media.getSchema() == null || media.getSchema().get$ref() == null) {
            throw LoadFailure.unsupported(
                    schemaAt,
                    "A request or response body must be a $ref to a named object"
                            + " schema; an anonymous inline object needs a name");
        }
        String name = schemas.referencedName(media.getSchema().get$ref(), schemaAt);
        if (schemas.shape(name) != Shape.OBJECT) {
            throw LoadFailure.unsupported(
                    schemaAt, "A request or response body must be an object schema; " + name + " is not");
        }
        return name;
    }

    private static OperationKind kind(io.swagger.v3.oas.models.Operation operation, Pointer at) {
        String kind = Extensions.string(operation.getExtensions(), Extensions.KIND, at);
        if (kind == null) {
            throw LoadFailure.invalid(
                    at,
                    "Every operation needs " + Extensions.KIND + ": read or write (it decides"
                            + " which failures a client may retry)");
        }
        return switch (kind) {
            case "read" -> OperationKind.READ;
            case "write" -> OperationKind.WRITE;
            default ->
                throw LoadFailure.invalid(
                        at.add(Extensions.KIND), Extensions.KIND + " must be read or write," + " not " + kind);
        };
    }

    // ---- traits ----------------------------------------------------------------------------------------------

    private @Nullable PaginationDraft pagination(
            io.swagger.v3.oas.models.Operation operation, Pointer at, ObjectDraft request, ObjectDraft response) {
        Object raw = Extensions.get(operation.getExtensions(), Extensions.PAGINATION);
        if (raw == null) {
            return null;
        }
        // items: P, or items: [P, Q, ...] for a page carrying several lists (P, the first, is the one Count limits).
        List<String> itemLists = raw instanceof Map<?, ?> map
                        && map.get("items") instanceof List<?> list
                        && !list.isEmpty()
                        && list.stream().allMatch(String.class::isInstance)
                ? list.stream().map(String.class::cast).toList()
                : null;
        Map<String, String> pagination = itemLists != null
                ? Map.of("items", itemLists.get(0))
                : Extensions.stringMap(operation.getExtensions(), Extensions.PAGINATION, at);
        if (pagination == null) {
            return null;
        }
        Pointer extensionAt = at.add(Extensions.PAGINATION);
        Property limitation = property(request, "Limitation", extensionAt, Extensions.PAGINATION);
        if (!limitation.required()
                || limitation.nullable()
                || !(limitation.type() instanceof TypeRef.Named limitationType)
                || schemas.shape(limitationType.schemaName()) != Shape.OBJECT) {
            throw LoadFailure.invalid(
                    new Pointer(limitation.pointer()),
                    "A paginated request's Limitation" + " must be a required, non-nullable object {Count, Cursor}");
        }
        ObjectDraft limitationObject = schemas.object(limitationType.schemaName());
        Property count = property(limitationObject, "Count", extensionAt, Extensions.PAGINATION);
        if (!count.required() || count.nullable() || !count.type().equals(TypeRef.scalar(ScalarKind.INT32))) {
            throw LoadFailure.invalid(new Pointer(count.pointer()), "Limitation.Count must be a required int32");
        }
        Property cursor = property(limitationObject, "Cursor", extensionAt, Extensions.PAGINATION);
        Property responseCursor = property(response, "Cursor", extensionAt, Extensions.PAGINATION);
        if (!cursor.javaNullable() || !responseCursor.type().equals(cursor.type())) {
            throw LoadFailure.invalid(
                    new Pointer(responseCursor.pointer()),
                    "The response Cursor must have the" + " type of Limitation.Cursor, which must be optional");
        }
        String itemsName = pagination.get("items");
        if (itemsName == null) {
            throw LoadFailure.invalid(extensionAt, Extensions.PAGINATION + " needs items: the response's item list");
        }
        Property items = property(response, itemsName, extensionAt.add("items"), Extensions.PAGINATION);
        if (!(items.type() instanceof TypeRef.ListOf list)) {
            throw LoadFailure.invalid(extensionAt.add("items"), itemsName + " must be an array");
        }
        List<Property> otherLists = new ArrayList<>();
        for (int i = 1; itemLists != null && i < itemLists.size(); i++) {
            Property other = property(
                    response, itemLists.get(i), extensionAt.add("items").add(i), Extensions.PAGINATION);
            if (!(other.type() instanceof TypeRef.ListOf)) {
                throw LoadFailure.invalid(extensionAt.add("items").add(i), itemLists.get(i) + " must be an array");
            }
            otherLists.add(other);
        }
        return new PaginationDraft(
                limitation,
                limitationType.schemaName(),
                count,
                cursor,
                responseCursor,
                items,
                list.items(),
                otherLists);
    }

    private Trait.@Nullable Batched batching(
            io.swagger.v3.oas.models.Operation operation,
            Pointer at,
            OperationKind kind,
            ObjectDraft request,
            ObjectDraft response) {
        Map<String, String> batch = Extensions.stringMap(operation.getExtensions(), Extensions.BATCH, at);
        if (batch == null) {
            return null;
        }
        Pointer extensionAt = at.add(Extensions.BATCH);
        if (kind != OperationKind.READ) {
            throw LoadFailure.invalid(
                    extensionAt,
                    Extensions.BATCH + " applies to reads only: splitting a write"
                            + " into several requests would make it non-atomic");
        }
        String idsName = batch.get("ids");
        String itemsName = batch.get("items");
        if (idsName == null || itemsName == null) {
            throw LoadFailure.invalid(
                    extensionAt,
                    Extensions.BATCH + " needs ids (the request's id list) and items"
                            + " (the response's result list)");
        }
        Property ids = property(request, idsName, extensionAt.add("ids"), Extensions.BATCH);
        Integer maxItems = ids.constraints().stream()
                .filter(io.mewscontract.codegen.ir.Constraint.MaxItems.class::isInstance)
                .map(c -> ((io.mewscontract.codegen.ir.Constraint.MaxItems) c).value())
                .findFirst()
                .orElse(null);
        if (!(ids.type() instanceof TypeRef.ListOf) || maxItems == null) {
            throw LoadFailure.invalid(extensionAt.add("ids"), idsName + " must be an array with maxItems");
        }
        Property items = property(response, itemsName, extensionAt.add("items"), Extensions.BATCH);
        if (!(items.type() instanceof TypeRef.ListOf)) {
            throw LoadFailure.invalid(extensionAt.add("items"), itemsName + " must be an array");
        }
        return new Trait.Batched(ids, maxItems, items);
    }

    private static Property property(ObjectDraft object, String wireName, Pointer at, String extension) {
        return object.properties().stream()
                .filter(p -> p.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> LoadFailure.invalid(
                        at, extension + " needs " + object.schemaName() + " to have the property " + wireName));
    }

    // ---- components ------------------------------------------------------------------------------------------

    private <T> T component(
            String ref,
            String section,
            java.util.function.Function<Components, @Nullable Map<String, T>> lookup,
            Pointer at) {
        String prefix = "#/components/" + section + "/";
        Map<String, T> components = openApi.getComponents() == null ? null : lookup.apply(openApi.getComponents());
        T found = ref.startsWith(prefix) && components != null ? components.get(ref.substring(prefix.length())) : null;
        if (found == null) {
            throw LoadFailure.invalid(at.add("$ref"), "The reference " + ref + " names nothing under " + prefix);
        }
        return found;
    }
}
