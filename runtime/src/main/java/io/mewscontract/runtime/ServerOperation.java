package io.mewscontract.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a generated operation table: the operation's descriptor (path, types, validator) and the
 * service method that implements it.
 *
 * <p>A router looks the row up by exact path, splits the body with {@link RequestEnvelope#split}, validates in
 * {@link ValidationMode#SERVER} mode with {@link OperationDescriptor#commonFieldsValidator()} and
 * {@link OperationDescriptor#validator()}, calls {@link #handle}, and writes the result.
 */
public record ServerOperation<Q, R>(OperationDescriptor<Q, R> descriptor, OperationHandler<Q, R> handler) {
    public ServerOperation {
        Objects.requireNonNull(descriptor, "descriptor is required");
        Objects.requireNonNull(handler, "handler is required");
    }

    public R handle(Q request, RequestContext context) {
        return handler.handle(request, context);
    }

    /**
     * An unmodifiable table keyed by exact path, in the given order.
     *
     * @throws IllegalArgumentException if two operations share a path
     */
    public static Map<String, ServerOperation<?, ?>> tableOf(ServerOperation<?, ?>... operations) {
        Map<String, ServerOperation<?, ?>> table = new LinkedHashMap<>();
        for (ServerOperation<?, ?> operation : operations) {
            ServerOperation<?, ?> previous = table.putIfAbsent(operation.descriptor().path(), operation);
            if (previous != null) {
                throw new IllegalArgumentException("Two operations share the path " + operation.descriptor().path()
                        + ": " + previous.descriptor().operationId() + " and " + operation.descriptor().operationId());
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
