package io.mewscontract.sandbox.service;

import io.mewscontract.connector.model.PaymentRequest;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.sandbox.auth.AccessGrant;
import java.util.UUID;
import java.util.function.Predicate;

/** The caller's {@link AccessGrant}, which the sandbox's authenticator put into every request context. */
final class Grants {
    private Grants() {}

    static AccessGrant of(RequestContext context) {
        if (context.principal() instanceof AccessGrant grant) {
            return grant;
        }
        // Only a router built without the sandbox's TokenRegistry gets here: a fault of the server, answered 500.
        throw new IllegalStateException("Request " + context.requestId() + " reached the sandbox unauthenticated");
    }

    /** The stored payment requests the caller may see: those of its enterprises. */
    static Predicate<PaymentRequest> visibleTo(AccessGrant grant) {
        return paymentRequest -> {
            UUID enterpriseId = paymentRequest.enterpriseId();
            return enterpriseId != null && grant.covers(enterpriseId);
        };
    }
}
