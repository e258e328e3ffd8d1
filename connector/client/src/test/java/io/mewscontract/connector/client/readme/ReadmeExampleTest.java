package io.mewscontract.connector.client.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.RecordedRequest;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.PagedItems;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client example of docs/client.md is this package's {@link PaymentRequestsExample}, word for word (so it compiles
 * against the generated API with every build), and it does what the README says against a server that answers
 * like the Connector API.
 */
class ReadmeExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID CUSTOMER = UUID.fromString("35d4b117-4e60-44a3-9580-c582117eff98");
    private static final UUID ACCOUNT = UUID.fromString("a5c0a8ad-7a9c-4e7b-8a6e-b0d001ac3a67");

    private final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theReadmeShowsThisExampleVerbatim() throws IOException {
        String root = System.getProperty("mews.project.root");
        assertThat(root).as("mews.project.root (set by the build)").isNotNull();
        String readme = Files.readString(Path.of(root, "docs", "client.md")).replace("\r\n", "\n");
        String source = Files.readString(Path.of(
                        root,
                        "connector",
                        "client",
                        "src",
                        "test",
                        "java",
                        "io",
                        "mewscontract",
                        "connector",
                        "client",
                        "readme",
                        "PaymentRequestsExample.java"))
                .replace("\r\n", "\n");

        Matcher block = Pattern.compile(
                        "```java\n(import io\\.mewscontract\\.connector\\.client\\.Environment;.*?)```", Pattern.DOTALL)
                .matcher(readme);

        assertThat(block.find()).as("docs/client.md has the client example").isTrue();
        assertThat(block.group(1)).isEqualTo(source.substring(source.indexOf("import ")));
    }

    @Test
    void theExampleRunsAgainstAServerThatAnswersLikeMews() {
        PagedItems pending = PagedItems.of(150, "PaymentRequests", ReadmeExampleTest::paymentRequest);
        server.otherwise(request -> switch (request.path()) {
            case "/api/connector/v1/preauthorizations/getAllByCustomers" ->
                Reply.json(
                        200,
                        "{\"Preauthorizations\":[{\"Id\":\"" + UUID.randomUUID() + "\",\"CustomerId\":\"" + CUSTOMER
                                + "\",\"CreditCardId\":null,\"Amount\":" + amount() + ",\"State\":\"Chargeable\","
                                + "\"IsActive\":true}]}");
            case "/api/connector/v1/paymentRequests/add" -> {
                ObjectNode body = JSON.createObjectNode();
                paymentRequest(body.putArray("PaymentRequests").addObject(), new UUID(0x1234, 0));
                yield Reply.json(200, body.toString());
            }
            case "/api/connector/v1/paymentRequests/getAll" -> pending.apply(request);
            case "/api/connector/v1/paymentRequests/cancel" ->
                Reply.error(403, "Payment request was already paid and cannot be canceled.");
            default -> Reply.error(404, "Not found");
        });
        MewsConnectorClient client = Clients.builder(server, new VirtualTime()).build();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            PaymentRequestsExample.run(client, CUSTOMER, ACCOUNT);
        } finally {
            System.setOut(stdout);
        }

        assertThat(server.requests())
                .extracting(RecordedRequest::path)
                .containsExactly(
                        "/api/connector/v1/preauthorizations/getAllByCustomers",
                        "/api/connector/v1/paymentRequests/add",
                        "/api/connector/v1/paymentRequests/getAll",
                        "/api/connector/v1/paymentRequests/getAll",
                        "/api/connector/v1/paymentRequests/cancel");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Preauthorization ")
                .contains(new UUID(0x1234, 149) + " waiting for payment")
                .contains("Could not cancel: Payment request was already paid and cannot be canceled. "
                        + "(Request-Id body-403)");
    }

    private static void paymentRequest(ObjectNode node, UUID id) {
        node.put("Id", id.toString())
                .put("AccountId", ACCOUNT.toString())
                .put("CreatedUtc", "2023-10-01T11:48:57Z")
                .put("UpdatedUtc", "2023-10-01T11:48:57Z")
                .put("State", "Pending")
                .put("Type", "Payment")
                .put("Reason", "Prepayment")
                .put("ExpirationUtc", "2023-10-08T11:48:57Z")
                .put("Description", "Prepayment");
        node.set("Amount", read(amount()));
    }

    private static String amount() {
        return "{\"Currency\":\"EUR\",\"NetValue\":82.64,\"GrossValue\":100.00,"
                + "\"TaxValues\":[{\"Code\":\"DE-2020-1-S\",\"Value\":17.36}]}";
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
