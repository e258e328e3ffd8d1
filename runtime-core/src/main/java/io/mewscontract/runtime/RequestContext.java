package io.mewscontract.runtime;

import java.security.Principal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a server operation receives besides its typed request.
 *
 * @param commonFields the common fields of the request body (tokens, client, language)
 * @param principal who the router authenticated the tokens as, if it did
 * @param requestId the identifier the server returns in the {@code Request-Id} header
 */
public record RequestContext(
        CommonRequestFields commonFields, @Nullable Principal principal, String requestId) {
    public RequestContext {
        Objects.requireNonNull(commonFields, "commonFields is required");
        Objects.requireNonNull(requestId, "requestId is required");
    }
}
