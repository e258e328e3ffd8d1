package io.mewscontract.sandbox.auth;

import java.util.Objects;

/**
 * A {@code ClientToken} and the {@code AccessToken} issued with it. The sandbox accepts a request only when both
 * match one configured pair: an access token belongs to one integration, as in Mews.
 *
 * <p>Both are secrets: {@link #toString()} never prints them.
 */
public record TokenPair(String clientToken, String accessToken) {
    public TokenPair {
        requireToken(clientToken, "clientToken");
        requireToken(accessToken, "accessToken");
    }

    private static void requireToken(String token, String name) {
        Objects.requireNonNull(token, name);
        if (token.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (!token.equals(token.strip())) {
            throw new IllegalArgumentException(name + " has leading or trailing whitespace");
        }
    }

    @Override
    public String toString() {
        return "TokenPair[clientToken=***, accessToken=***]";
    }
}
