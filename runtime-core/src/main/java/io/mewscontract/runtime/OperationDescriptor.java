package io.mewscontract.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a transport or a router needs to know about one operation, generated once per operation (in the
 * generated {@code *Operations} classes) and shared by client and server.
 *
 * @param operationId the spec's operation id, unique in the spec
 * @param resourceGroup the path segment naming the resource group, e.g. {@code paymentRequests}
 * @param name the last path segment, e.g. {@code getAll}
 * @param path the exact, case-sensitive request path, e.g. {@code /api/connector/v1/paymentRequests/getAll}
 * @param kind read or write; decides which failures a transport may retry
 * @param requestType the generated record of the operation's own parameters (common fields excluded)
 * @param responseType the generated record of a successful response
 * @param validator checks a request against the spec's constraints
 * @param commonFieldsValidator checks the common fields against the spec's constraints
 * @param noContentResult what a {@code 204 No Content} answer means (an empty page or empty result), or
 *     {@code null} when the spec does not allow a 204 for this operation or its result cannot be empty
 * @param requestShapes the wire properties of the request's records (required, nullable, wire names), for a
 *     server's answer to a body that does not bind
 * @param <Q> the request type
 * @param <R> the response type
 */
public record OperationDescriptor<Q, R>(
        String operationId,
        String resourceGroup,
        String name,
        String path,
        OperationKind kind,
        Class<Q> requestType,
        Class<R> responseType,
        Validator<Q> validator,
        Validator<CommonRequestFields> commonFieldsValidator,
        @Nullable R noContentResult,
        WireShapes requestShapes) {

    public OperationDescriptor {
        Objects.requireNonNull(operationId, "operationId is required");
        Objects.requireNonNull(resourceGroup, "resourceGroup is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(requestType, "requestType is required");
        Objects.requireNonNull(responseType, "responseType is required");
        Objects.requireNonNull(validator, "validator is required");
        Objects.requireNonNull(commonFieldsValidator, "commonFieldsValidator is required");
        Objects.requireNonNull(requestShapes, "requestShapes is required");
    }

    /**
     * Validates a request and returns it unchanged, or throws with every violation.
     *
     * @throws RequestValidationException if the request breaks any constraint checked in {@code mode}
     */
    public Q requireValid(Q request, ValidationMode mode) {
        var violations = validator.validate(request, mode);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(operationId, violations);
        }
        return request;
    }

    /**
     * The operations of several groups as one unmodifiable list, in the given order (a generated catalog's
     * {@code ALL}).
     */
    @SafeVarargs
    public static List<OperationDescriptor<?, ?>> concat(List<OperationDescriptor<?, ?>>... groups) {
        List<OperationDescriptor<?, ?>> all = new ArrayList<>();
        for (List<OperationDescriptor<?, ?>> group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }

    /**
     * An unmodifiable index by exact path.
     *
     * @throws IllegalArgumentException if two operations share a path
     */
    public static Map<String, OperationDescriptor<?, ?>> byPath(List<OperationDescriptor<?, ?>> operations) {
        Map<String, OperationDescriptor<?, ?>> index = new LinkedHashMap<>();
        for (OperationDescriptor<?, ?> operation : operations) {
            OperationDescriptor<?, ?> previous = index.putIfAbsent(operation.path(), operation);
            if (previous != null) {
                throw new IllegalArgumentException("Two operations share the path " + operation.path() + ": "
                        + previous.operationId() + " and " + operation.operationId());
            }
        }
        return Collections.unmodifiableMap(index);
    }
}
