package io.mewscontract.connector.client.testing;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.retry.RetryPolicy;
import java.time.Duration;

/** Clients pointed at a local server, with the demo tokens from the Mews documents. */
public final class Clients {
    private Clients() {}

    public static final String CLIENT_TOKEN = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    public static final String ACCESS_TOKEN = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D";

    /** Retries with short backoff; waits are virtual. */
    public static MewsConnectorClient.Builder builder(LocalServer server, VirtualTime time) {
        return MewsConnectorClient.builder()
                .environment(Environment.custom(server.baseUri()))
                .clientToken(CLIENT_TOKEN)
                .accessToken(ACCESS_TOKEN)
                .client("Sample Client", "1.0.0")
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.defaults())
                .timeSource(time);
    }
}
