package io.mewscontract.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void theDemoDrivesEveryOperationHandlesThe403AndStops() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String output = bytes.toString(StandardCharsets.UTF_8);
        List<String> lines = output.lines().toList();

        assertThat(lines).anyMatch(line -> line.startsWith("Sandbox started at http://127.0.0.1:"));
        assertThat(lines)
                .filteredOn(line -> line.matches("\\d\\. .*"))
                .extracting(line -> line.split(":")[0])
                .containsExactly(
                        "1. preauthorizations/getAllByCustomers",
                        "2. paymentRequests/add",
                        "3. paymentRequests/getAll",
                        "4. paymentRequests/cancel",
                        "5. paymentRequests/cancel",
                        "6. paymentRequests/getAll");
        // The documented preauthorizations: four (customer, preauthorization) pairs over three customers.
        assertThat(lines)
                .filteredOn(line -> line.contains("preauthorization 2d93962f..."))
                .hasSize(2);
        assertThat(output).contains("customer fadd5bb6...", "customer bccdafd1...", "customer 20725048...");
        // Three added, paged two by two: a full page, a short page with a cursor, then the empty page that ends.
        assertThat(lines)
                .filteredOn(line -> line.contains("Pending") && line.contains("Deposit for your stay"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(output).contains("page 3: 0 item(s), cursor null");
        assertThat(output).containsPattern("Canceled +PaymentCardMissing +expires");
        assertThat(output)
                .contains("refused as expected: 403 ForbiddenException: \"Only payment requests in Pending"
                        + " state can be canceled");
        assertThat(lines).last().isEqualTo("Sandbox stopped.");
        for (TokenPair pair : DemoTokens.PAIRS) {
            assertThat(output).doesNotContain(pair.clientToken()).doesNotContain(pair.accessToken());
        }
    }
}
