package com.example.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.UnauthorizedException;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.junit.MewsSandboxExtension;
import io.mewscontract.sandbox.junit.RecordedExchanges;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One sandbox for the whole class; a team with its own HTTP stack takes the base URI. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedSandboxTest {

    @RegisterExtension
    static final MewsSandboxExtension sandbox = MewsSandboxExtension.perClass()
            .configure(builder -> builder.token("team-client-token", "team-access-token"));

    private static URI firstBaseUri;

    @BeforeAll
    static void remember(URI baseUri) {
        firstBaseUri = baseUri;
    }

    @Test
    @Order(1)
    void ownHttpStackAgainstTheBaseUri(URI baseUri) throws IOException, InterruptedException {
        String body = "{\"ClientToken\":\"team-client-token\",\"AccessToken\":\"team-access-token\","
                + "\"Client\":\"Team 1.0\",\"CustomerIds\":[\"" + UUID.randomUUID() + "\"]}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(baseUri.resolve("/api/connector/v1/preauthorizations/getAllByCustomers"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"Preauthorizations\":[]");
        assertThat(baseUri).isEqualTo(firstBaseUri);
    }

    @Test
    @Order(2)
    void theSameSandboxKeepsTheExchangesOfEarlierTests(RecordedExchanges exchanges, URI baseUri) {
        assertThat(baseUri).isEqualTo(firstBaseUri);
        assertThat(exchanges.all())
                .singleElement()
                .satisfies(exchange ->
                        assertThat(exchange.requestHeader("Content-Type")).isEqualTo("application/json"));
        exchanges.clear();
        assertThat(exchanges.size()).isZero();
    }

    @Test
    @Order(3)
    void aWrongTokenIsA401WithTheMessageTheTeamWillSee(MewsConnectorClient client) {
        MewsConnectorClient wrongTokens = MewsConnectorClient.builder()
                .environment(Environment.custom(sandbox.baseUri()))
                .clientToken(DemoTokens.PAIRS.get(0).clientToken())
                .accessToken("not-the-access-token")
                .client("Team", "1.0")
                .build();

        UnauthorizedException failure = catchThrowableOfType(
                UnauthorizedException.class,
                () -> wrongTokens
                        .preauthorizations()
                        .getAllByCustomers(new PreauthorizationsByCustomersParameters(List.of(UUID.randomUUID()))));

        assertThat(failure.errorMessage())
                .isEqualTo("The ClientToken or AccessToken is invalid or expired, or the"
                        + " integration may not call this operation.");
        assertThat(client.preauthorizations()
                        .getAllByCustomers(new PreauthorizationsByCustomersParameters(List.of(UUID.randomUUID())))
                        .preauthorizations())
                .as("the injected client's demo tokens still work")
                .isEmpty();
    }
}
