package io.mewscontract.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.testing.RawHttp;
import io.mewscontract.sandbox.testing.SpecCheckedTraffic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input an attacker (or a broken client) sends: nothing of it is stored, nothing of it breaks later requests, and
 * every refusal is the Mews error shape with the response's {@code Request-Id}.
 */
class HostileInputEndToEndTest {
    private static final String ADD = "/api/connector/v1/paymentRequests/add";
    private static final String GET_ALL = "/api/connector/v1/paymentRequests/getAll";
    private static final String ACCOUNT = "8466dfdd-0964-4002-8719-afa900d0f1ba";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SpecCheckedTraffic traffic = new SpecCheckedTraffic();
    private static Sandbox sandbox;
    private static URI base;

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.builder().noRateLimit().exchangeObserver(traffic).start();
        base = sandbox.baseUri();
    }

    @AfterAll
    static void stopAndCheckTraffic() {
        sandbox.close();
        assertThat(traffic.violations()).as("exchanges that break the spec").isEmpty();
    }

    private static String add(String value, String expiration) {
        return RawHttp.body("\"PaymentRequests\":[{\"AccountId\":\"" + ACCOUNT + "\",\"Amount\":{\"Currency\":\"EUR\","
                + "\"Value\":" + value + "},\"Type\":\"Payment\",\"Reason\":\"Prepayment\",\"ExpirationUtc\":\""
                + expiration + "\",\"Description\":\"x\"}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e10000", "1e2147483648", "-1e-2147483649"})
    void anAmountNoDecimalCanCarryIsRefusedAndNothingIsStored(String value) throws IOException {
        HttpResponse<String> refused = RawHttp.post(base, ADD, add(value, "2099-12-31T23:00:00Z"));

        assertMewsError(refused, 400, "Invalid value for 'PaymentRequests[0].Amount.Value': number out of range");
        assertThat(sandbox.paymentRequests().size()).isZero();
        HttpResponse<String> later = RawHttp.post(
                base, GET_ALL, RawHttp.body("\"AccountIds\":[\"" + ACCOUNT + "\"],\"Limitation\":{\"Count\":10}"));
        assertThat(later.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"})
    void anExpirationBeyondTheYear9999IsRefusedNamingTheField(String expiration) throws IOException {
        HttpResponse<String> refused = RawHttp.post(base, ADD, add("10", expiration));

        assertMewsError(
                refused,
                400,
                "Invalid value for 'PaymentRequests[0].ExpirationUtc': date out of range (years 1 to 9999)");
        assertThat(sandbox.paymentRequests().size()).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsRefused415() throws IOException {
        HttpResponse<String> refused = RawHttp.send(HttpRequest.newBuilder(URI.create(base + GET_ALL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(SpecCheckedTraffic.BROKEN_ON_PURPOSE, "true")
                .POST(HttpRequest.BodyPublishers.ofString(
                        RawHttp.body("\"AccountIds\":[\"" + ACCOUNT + "\"],\"Limitation\":{\"Count\":10}"))));

        assertMewsError(refused, 415, "Unsupported media type: send the body as application/json in UTF-8.");
    }

    static void assertMewsError(HttpResponse<String> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        String requestId = response.headers().firstValue("Request-Id").orElseThrow();
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("Message").asText()).isEqualTo(message);
        assertThat(body.get("RequestId").asText()).isEqualTo(requestId);
    }
}
