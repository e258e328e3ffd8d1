package io.mewscontract.runtime;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How a generated client sends one request: validate it in {@link ValidationMode#CLIENT} mode (every
 * violation, before anything goes on the wire), then hand it to the transport. A request that breaks the spec
 * fails with the transport's own exception for it ({@link ClientTransport#invalidRequest}), so a client's callers
 * catch one exception hierarchy for every failure of a call.
 */
public final class ClientCalls {
    private ClientCalls() {}

    /**
     * @throws RuntimeException {@link ClientTransport#invalidRequest}'s exception if the request is {@code null} or
     *     breaks a constraint; nothing is sent then
     */
    public static <Q, R> R send(ClientTransport transport, OperationDescriptor<Q, R> operation, Q request) {
        return transport.send(operation, requireValid(transport, operation, request));
    }

    /** Like {@link #send}, but an invalid request fails the returned future instead of throwing. */
    public static <Q, R> CompletableFuture<R> sendAsync(
            ClientTransport transport, OperationDescriptor<Q, R> operation, Q request) {
        try {
            requireValid(transport, operation, request);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return transport.sendAsync(operation, request);
    }

    /**
     * Returns {@code request} when it passes the operation's validator in {@link ValidationMode#CLIENT} mode.
     *
     * @throws RuntimeException {@link ClientTransport#invalidRequest}'s exception, with every violation
     */
    public static <Q> Q requireValid(ClientTransport transport, OperationDescriptor<Q, ?> operation, Q request) {
        // A caller outside null-checked code may pass null: say so as a violation, not a NullPointerException.
        Object given = request;
        List<Violation> violations = given == null
                ? List.of(new Violation("$", "the request must not be null"))
                : operation.validator().validate(request, ValidationMode.CLIENT);
        if (!violations.isEmpty()) {
            throw transport.invalidRequest(operation, violations);
        }
        return request;
    }
}
