package io.mewscontract.connector.server.router;

import java.security.Principal;
import java.util.Optional;

/**
 * Decides who a request comes from, from the tokens every request body carries. The router calls it once per
 * request, after the body parsed and before validation; an empty result answers {@code 401 Unauthorized}.
 *
 * <p>The tokens are secrets: an implementation must not log them or put them in an exception message. An
 * exception thrown here answers {@code 500}.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param clientToken identifies the integration
     * @param accessToken identifies the property or portfolio the integration may access
     * @param client name and version of the calling application
     * @return who the caller is (handed to the operation in its {@code RequestContext}), or empty to refuse the
     *     request with {@code 401}
     */
    Optional<? extends Principal> authenticate(String clientToken, String accessToken, String client);
}
