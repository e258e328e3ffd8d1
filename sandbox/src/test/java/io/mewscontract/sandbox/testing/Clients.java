package io.mewscontract.sandbox.testing;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import java.time.Duration;

/** Generated clients pointed at a sandbox. */
public final class Clients {
    private Clients() {}

    /** The demo pair every example in the documents uses. */
    public static final TokenPair DEMO = DemoTokens.PAIRS.get(0);

    /** A client with the first demo pair, no retries (failures surface at once). */
    public static MewsConnectorClient.Builder builder(Sandbox sandbox) {
        return builder(sandbox, DEMO);
    }

    public static MewsConnectorClient.Builder builder(Sandbox sandbox, TokenPair tokens) {
        return MewsConnectorClient.builder()
                .environment(Environment.custom(sandbox.baseUri()))
                .clientToken(tokens.clientToken())
                .accessToken(tokens.accessToken())
                .client("mews-sandbox e2e", "1.0.0")
                .requestTimeout(Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.none());
    }

    public static MewsConnectorClient client(Sandbox sandbox) {
        return builder(sandbox).build();
    }
}
