package io.mewscontract.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A request is let in only by a configured pair: both tokens, belonging together. */
class TokenRegistryTest {
    private static final UUID ENTERPRISE = UUID.fromString("8c33ec60-2a1b-4d8a-9a4e-6f1c3b0d2e71");

    @Test
    void onlyAConfiguredPairIsAccepted_evenWhenOneAccessTokenHasSeveralClientTokens() {
        // The registry is indexed by access token: a shared access token must still tell its client tokens apart.
        TokenRegistry registry = TokenRegistry.builder()
                .add(new TokenPair("client-one", "shared-access"), AccessGrant.enterprise("one", ENTERPRISE))
                .add(new TokenPair("client-two", "shared-access"), AccessGrant.enterprise("two", ENTERPRISE))
                .add(new TokenPair("client-three", "own-access"), AccessGrant.portfolio("three", List.of(ENTERPRISE)))
                .build();

        assertThat(registry.authenticate("client-one", "shared-access", "Test 1.0"))
                .map(AccessGrant::name)
                .contains("one");
        assertThat(registry.authenticate("client-two", "shared-access", "Test 1.0"))
                .map(AccessGrant::name)
                .contains("two");
        assertThat(registry.authenticate("client-three", "own-access", "Test 1.0"))
                .map(AccessGrant::name)
                .contains("three");

        assertThat(registry.authenticate("client-three", "shared-access", "Test 1.0"))
                .isEmpty();
        assertThat(registry.authenticate("client-one", "own-access", "Test 1.0"))
                .isEmpty();
        assertThat(registry.authenticate("client-one", "unknown-access", "Test 1.0"))
                .isEmpty();
        assertThat(registry.authenticate(" client-one", "shared-access", "Test 1.0"))
                .isEmpty();
        assertThat(registry.authenticate("client-one", "shared-access ", "Test 1.0"))
                .isEmpty();
        assertThat(registry.authenticate("", "", "Test 1.0")).isEmpty();
        assertThat(registry.size()).isEqualTo(3);
    }
}
