package io.mewscontract.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * How a generated client sends one request: validate it in {@link ValidationMode#CLIENT} mode (every
 * violation, before anything goes on the wire), then hand it to the transport.
 */
public final class ClientCalls {
    private ClientCalls() {}

    /**
     * @throws RequestValidationException if the request breaks a constraint; nothing is sent then
     */
    public static <Q, R> R send(ClientTransport transport, OperationDescriptor<Q, R> operation, Q request) {
        return transport.send(operation, operation.requireValid(request, ValidationMode.CLIENT));
    }

    /** Like {@link #send}, but an invalid request fails the returned future instead of throwing. */
    public static <Q, R> CompletableFuture<R> sendAsync(
            ClientTransport transport, OperationDescriptor<Q, R> operation, Q request) {
        try {
            operation.requireValid(request, ValidationMode.CLIENT);
        } catch (RequestValidationException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return transport.sendAsync(operation, request);
    }
}
