package io.mewscontract.runtime;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The seam between generated client interfaces and an HTTP implementation (hand-written in the client runtime,
 * or a fake in tests). Generated code depends on nothing else to reach the network.
 *
 * <p>An implementation owns the client configuration: the platform address and the
 * {@link CommonRequestFields} it joins with each request through {@code RequestEnvelope}. It serializes the
 * request with {@code JsonMappers.client()}, posts it to {@link OperationDescriptor#path()}, and returns the
 * deserialized response, or {@link OperationDescriptor#noContentResult()} for a {@code 204}. It decides retries
 * from {@link OperationDescriptor#kind()}. Requests arrive already validated ({@link ClientCalls}).
 */
public interface ClientTransport {

    /** Sends one request and waits for its response. */
    <Q, R> R send(OperationDescriptor<Q, R> operation, Q request);

    /** Sends one request; the future completes with the response or fails with the transport's exception. */
    <Q, R> CompletableFuture<R> sendAsync(OperationDescriptor<Q, R> operation, Q request);

    /**
     * The exception a call fails with when its request breaks the spec (nothing is sent). A transport with an
     * exception hierarchy of its own returns a member of it, so that one {@code catch} covers every failure of a
     * call; the default is {@link RequestValidationException}.
     */
    default RuntimeException invalidRequest(OperationDescriptor<?, ?> operation, List<Violation> violations) {
        return new RequestValidationException(operation.operationId(), violations);
    }

    /**
     * The exception paging through a paginated operation fails with when the server answers a page with the cursor
     * it was sent: following it would fetch the same page forever. A transport with an exception hierarchy of its
     * own returns a member of it; the default is an {@link IllegalStateException}.
     *
     * @param cursor the cursor sent and returned (an item id, never a token)
     */
    default RuntimeException repeatedCursor(OperationDescriptor<?, ?> operation, Object cursor) {
        return new IllegalStateException(operation.operationId() + " (" + operation.path()
                + ") returned the cursor it was sent (" + cursor + "); stopping instead of paging forever");
    }
}
