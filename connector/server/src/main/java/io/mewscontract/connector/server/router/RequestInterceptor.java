package io.mewscontract.connector.server.router;

import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestContext;
import java.util.Optional;

/**
 * A check the router runs before dispatching each request, after the body parsed and the caller was
 * authenticated, and before validation (so refused requests count whether valid or not). A body that is JSON but
 * does not bind to the operation's types is shown too when its tokens can be read and are accepted (its
 * {@link RequestContext#commonFields()} then come from the raw body, {@code Client} empty when missing), so that
 * every request of a token counts. Rate limiting is the
 * intended use: refuse with {@link Rejection#tooManyRequests}, and the router answers {@code 429} with
 * {@code Retry-After}. Interceptors run in the order they were added; the first refusal wins.
 *
 * <p>Called concurrently from every request thread. An exception thrown here answers {@code 500}.
 */
@FunctionalInterface
public interface RequestInterceptor {

    /**
     * @param operation the operation the request addresses
     * @param context the common fields (tokens, client), the authenticated principal and the request id
     * @return a refusal, or empty to let the request through
     */
    Optional<Rejection> beforeDispatch(OperationDescriptor<?, ?> operation, RequestContext context);
}
