package io.mewscontract.sandbox.auth;

import io.mewscontract.connector.server.router.Authenticator;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The token pairs the sandbox accepts, each with its {@link AccessGrant}. As the router's {@link Authenticator}
 * it answers every other pair with {@code 401}. Immutable and thread-safe once built.
 */
public final class TokenRegistry implements Authenticator {
    private final Map<TokenPair, AccessGrant> grants;
    /**
     * The same pairs by access token, then client token: a lookup hashes the access token and compares the client
     * token (an access token has one client token in practice), where a {@link TokenPair} key would hash both
     * 60-odd-character tokens on every request.
     */
    private final Map<String, Map<String, AccessGrant>> byAccessToken;

    private TokenRegistry(Map<TokenPair, AccessGrant> grants) {
        this.grants = Collections.unmodifiableMap(new LinkedHashMap<>(grants));
        Map<String, Map<String, AccessGrant>> index = new HashMap<>();
        grants.forEach((pair, grant) -> index.computeIfAbsent(pair.accessToken(), token -> new HashMap<>())
                .put(pair.clientToken(), grant));
        index.replaceAll((token, byClientToken) -> Map.copyOf(byClientToken));
        this.byAccessToken = Map.copyOf(index);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<AccessGrant> authenticate(String clientToken, String accessToken, String client) {
        // Only well-formed tokens are ever configured (TokenPair refuses others), so no check is needed here.
        Map<String, AccessGrant> byClientToken = byAccessToken.getOrDefault(accessToken, Map.of());
        return Optional.ofNullable(byClientToken.get(clientToken));
    }

    /** Every accepted pair's grant, in the order they were added. */
    public List<AccessGrant> grants() {
        return List.copyOf(grants.values());
    }

    public int size() {
        return grants.size();
    }

    /** Never prints a token. */
    @Override
    public String toString() {
        return "TokenRegistry" + grants.values().stream().map(AccessGrant::name).toList();
    }

    /** Collects the accepted pairs. Not thread-safe. */
    public static final class Builder {
        private final Map<TokenPair, AccessGrant> grants = new LinkedHashMap<>();

        private Builder() {}

        /** Accepts the four published demo pairs, for {@link DemoTokens#ENTERPRISE_ID}. */
        public Builder demoTokens() {
            for (int i = 0; i < DemoTokens.PAIRS.size(); i++) {
                add(DemoTokens.PAIRS.get(i), AccessGrant.enterprise("demo token " + (i + 1), DemoTokens.ENTERPRISE_ID));
            }
            return this;
        }

        /** Accepts {@code pair} as a token of {@link DemoTokens#ENTERPRISE_ID}. */
        public Builder token(TokenPair pair) {
            return add(pair, AccessGrant.enterprise("token " + (grants.size() + 1), DemoTokens.ENTERPRISE_ID));
        }

        /** Accepts {@code pair} as a portfolio token covering {@code enterpriseIds}. */
        public Builder portfolioToken(TokenPair pair, List<UUID> enterpriseIds) {
            return add(pair, AccessGrant.portfolio("portfolio token " + (grants.size() + 1), enterpriseIds));
        }

        /**
         * Accepts {@code pair} with {@code grant}.
         *
         * @throws IllegalArgumentException if the pair was added before (the message names the grant, not the tokens)
         */
        public Builder add(TokenPair pair, AccessGrant grant) {
            AccessGrant previous = grants.putIfAbsent(pair, grant);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "The same token pair is configured twice (" + previous.name() + " and " + grant.name() + ")");
            }
            return this;
        }

        public TokenRegistry build() {
            return new TokenRegistry(grants);
        }
    }
}
