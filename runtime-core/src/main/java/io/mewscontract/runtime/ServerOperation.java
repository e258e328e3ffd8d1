package io.mewscontract.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a generated operation table: the operation's descriptor (path, types, validator) and the
 * service method that implements it, or {@link #notImplemented} when the server serves no such service (a router
 * answers {@code 501 Not Implemented} for it without reading the body).
 *
 * <p>A router looks the row up by exact path, splits the body with the Jackson binding's
 * {@code RequestEnvelope.split}, validates in
 * {@link ValidationMode#SERVER} mode with {@link OperationDescriptor#commonFieldsValidator()} and
 * {@link OperationDescriptor#validator()}, calls {@link #handle}, and writes the result.
 */
public record ServerOperation<Q, R>(OperationDescriptor<Q, R> descriptor, OperationHandler<Q, R> handler) {
    public ServerOperation {
        Objects.requireNonNull(descriptor, "descriptor is required");
        Objects.requireNonNull(handler, "handler is required");
    }

    /**
     * A row for an operation of the contract that this server does not serve. Its handler throws
     * {@link OperationNotImplementedException}; routers check {@link #implemented()} first and answer {@code 501}.
     */
    public static <Q, R> ServerOperation<Q, R> notImplemented(OperationDescriptor<Q, R> descriptor) {
        return new ServerOperation<>(descriptor, NotImplemented.handler());
    }

    /** Whether a service implements this operation ({@code false} for a {@link #notImplemented} row). */
    public boolean implemented() {
        return !(handler instanceof NotImplemented);
    }

    public R handle(Q request, RequestContext context) {
        return handler.handle(request, context);
    }

    /** The operations of {@code table} that answer {@code 501}, in table order (their operation ids). */
    public static List<String> notImplementedIn(Map<String, ? extends ServerOperation<?, ?>> table) {
        return table.values().stream()
                .filter(operation -> !operation.implemented())
                .map(operation -> operation.descriptor().operationId())
                .toList();
    }

    /** The handler of a row no service implements. */
    private static final class NotImplemented implements OperationHandler<Object, Object> {
        private static final NotImplemented INSTANCE = new NotImplemented();

        @SuppressWarnings("unchecked")
        static <Q, R> OperationHandler<Q, R> handler() {
            return (OperationHandler<Q, R>) (OperationHandler<?, ?>) INSTANCE;
        }

        @Override
        public Object handle(Object request, RequestContext context) {
            throw new OperationNotImplementedException();
        }
    }

    /**
     * An unmodifiable table keyed by exact path, in the given order.
     *
     * @throws IllegalArgumentException if two operations share a path
     */
    public static Map<String, ServerOperation<?, ?>> tableOf(ServerOperation<?, ?>... operations) {
        Map<String, ServerOperation<?, ?>> table = new LinkedHashMap<>();
        for (ServerOperation<?, ?> operation : operations) {
            ServerOperation<?, ?> previous =
                    table.putIfAbsent(operation.descriptor().path(), operation);
            if (previous != null) {
                throw new IllegalArgumentException("Two operations share the path "
                        + operation.descriptor().path() + ": "
                        + previous.descriptor().operationId() + " and "
                        + operation.descriptor().operationId());
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
