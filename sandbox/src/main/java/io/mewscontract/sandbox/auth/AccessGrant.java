package io.mewscontract.sandbox.auth;

import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an accepted token pair may do: the enterprises it sees, and whether it is a portfolio token. The router
 * hands it to the services as the request's principal.
 *
 * @param name a label for logs, e.g. {@code demo token 1}; never the token itself
 * @param enterpriseIds the enterprises the access token covers, at least one; a single-enterprise token writes to
 *     its only enterprise
 * @param portfolio whether the access token is a portfolio token: writes must then name their enterprise
 *     ({@code EnterpriseId}, which the Connector API ignores for other tokens)
 */
public record AccessGrant(String name, List<UUID> enterpriseIds, boolean portfolio) implements Principal {
    public AccessGrant {
        Objects.requireNonNull(name, "name");
        enterpriseIds = List.copyOf(enterpriseIds);
        if (enterpriseIds.isEmpty()) {
            throw new IllegalArgumentException("A token must cover at least one enterprise");
        }
        if (!portfolio && enterpriseIds.size() > 1) {
            throw new IllegalArgumentException("Only a portfolio token covers several enterprises");
        }
        if (enterpriseIds.stream().distinct().count() != enterpriseIds.size()) {
            throw new IllegalArgumentException("An enterprise is listed twice for " + name);
        }
    }

    /** A token of one enterprise. */
    public static AccessGrant enterprise(String name, UUID enterpriseId) {
        return new AccessGrant(name, List.of(enterpriseId), false);
    }

    /** A portfolio token covering {@code enterpriseIds}. */
    public static AccessGrant portfolio(String name, List<UUID> enterpriseIds) {
        return new AccessGrant(name, enterpriseIds, true);
    }

    /** Whether data of this enterprise is visible to the token. */
    public boolean covers(UUID enterpriseId) {
        return enterpriseIds.contains(enterpriseId);
    }

    @Override
    public String getName() {
        return name;
    }
}
