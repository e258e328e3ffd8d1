package io.mewscontract.connector.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.model.PaymentRequestAddParameters;
import io.mewscontract.connector.model.PaymentRequestAddResult;
import io.mewscontract.connector.model.PaymentRequestCancelParameters;
import io.mewscontract.connector.model.PaymentRequestCancelResult;
import io.mewscontract.connector.model.PaymentRequestFilterParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PreauthorizationResult;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.connector.operation.PaymentRequestsOperations;
import io.mewscontract.connector.operation.PreauthorizationsOperations;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.connector.server.router.RouterRequest;
import io.mewscontract.connector.server.router.RouterResponse;
import io.mewscontract.runtime.RequestContext;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the router's binding with the operation table generated from the real spec: any body, to any operation,
 * with any {@code Content-Type}. Whatever arrives, the answer is never a {@code 500} (no input reaches an unexpected
 * exception), always carries a {@code Request-Id}, and every refusal is the Mews error shape with that id.
 *
 * <p>Input: the first byte picks the operation and the {@code Content-Type}, the rest is the body. The committed
 * corpus ({@code RouterBindingFuzzTestInputs/}) holds valid bodies of every operation and every crash found.
 */
class RouterBindingFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATHS = List.of(
            PreauthorizationsOperations.GET_ALL_BY_CUSTOMERS.path(), PaymentRequestsOperations.GET_ALL.path(),
            PaymentRequestsOperations.ADD.path(), PaymentRequestsOperations.CANCEL.path());
    private static final List<String> CONTENT_TYPES =
            List.of("application/json", "application/json; charset=utf-8", "text/plain", "");

    private static final Router ROUTER = Router.builder(OperationTable.builder()
                    .preauthorizations(new Empty())
                    .paymentRequests(new Empty())
                    .build())
            .maxBodyBytes(64 * 1024)
            .build();

    @FuzzTest(maxDuration = "10s")
    void anyBodyGetsAnAnswerInTheMewsShapeAndNever500(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        int selector = input[0] & 0xFF;
        String contentType = CONTENT_TYPES.get((selector >> 2) % CONTENT_TYPES.size());
        Map<String, List<String>> headers =
                contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType));
        RouterResponse response = ROUTER.handle(RouterRequest.of(
                "POST", PATHS.get(selector % PATHS.size()), headers, Arrays.copyOfRange(input, 1, input.length)));

        assertThat(response.status())
                .as(() -> new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isNotEqualTo(500);
        String requestId = response.header("Request-Id");
        assertThat(requestId).isNotBlank();
        if (response.status() >= 400) {
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("Message").asText()).isNotBlank();
            assertThat(error.get("RequestId").asText()).isEqualTo(requestId);
        } else {
            assertThat(response.status()).isIn(200, 204);
        }
    }

    /** Answers every operation with its empty result. */
    private static final class Empty implements PreauthorizationsService, PaymentRequestsService {
        @Override
        public PreauthorizationResult getAllByCustomers(
                PreauthorizationsByCustomersParameters request, RequestContext context) {
            return PreauthorizationsOperations.GET_ALL_BY_CUSTOMERS.noContentResult();
        }

        @Override
        public PaymentRequestPage getAll(PaymentRequestFilterParameters request, RequestContext context) {
            return PaymentRequestsOperations.GET_ALL.noContentResult();
        }

        @Override
        public PaymentRequestAddResult add(PaymentRequestAddParameters request, RequestContext context) {
            return PaymentRequestsOperations.ADD.noContentResult();
        }

        @Override
        public PaymentRequestCancelResult cancel(PaymentRequestCancelParameters request, RequestContext context) {
            return PaymentRequestsOperations.CANCEL.noContentResult();
        }
    }
}
