package probes;

import com.example.connector.model.Customer;
import com.example.connector.model.CustomerIdsParameters;
import com.example.connector.model.CustomerResult;
import com.example.connector.model.PaymentAddParameters;
import com.example.connector.model.PaymentAddResult;
import com.example.connector.model.PaymentFilterParameters;
import com.example.connector.model.PaymentPage;
import com.example.connector.server.CustomersService;
import com.example.connector.server.OperationTable;
import com.example.connector.server.PaymentsService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.runtime.RequestEnvelope;
import io.mewscontract.runtime.ServerOperation;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A minimal router over the generated operation table, as a server module would write it. */
public final class ServerProbe {
    private ServerProbe() {}

    static final class Payments implements PaymentsService {
        @Override
        public PaymentPage getAll(PaymentFilterParameters request, RequestContext context) {
            return PaymentPage.builder().payments(List.of()).build();
        }

        @Override
        public PaymentAddResult add(PaymentAddParameters request, RequestContext context) {
            return PaymentAddResult.builder().payments(List.of()).build();
        }
    }

    static final class Customers implements CustomersService {
        @Override
        public CustomerResult getAllByIds(CustomerIdsParameters request, RequestContext context) {
            return CustomerResult.builder()
                    .customers(request.customerIds().stream()
                            .map(id -> Customer.builder().id(id).name(context.commonFields().client()).build())
                            .toList())
                    .build();
        }
    }

    public static List<String> paths() {
        return List.copyOf(OperationTable.builder().payments(new Payments()).customers(new Customers()).build()
                .keySet());
    }

    /** A table with the customers service only: every path still there, the payments ones not implemented. */
    public static String customersOnly() {
        Map<String, ServerOperation<?, ?>> table = OperationTable.builder().customers(new Customers()).build();
        return table.keySet() + " not implemented: " + ServerOperation.notImplementedIn(table);
    }

    /** Routes one request body: 404, 400 with every violation, or 200 with the JSON result. */
    public static String handle(String path, String body) throws Exception {
        Map<String, ServerOperation<?, ?>> table =
                OperationTable.builder().payments(new Payments()).customers(new Customers()).build();
        ServerOperation<?, ?> operation = table.get(path);
        if (operation == null) {
            return "404";
        }
        return dispatch(operation, body);
    }

    private static <Q, R> String dispatch(ServerOperation<Q, R> operation, String body) throws Exception {
        ObjectMapper mapper = JsonMappers.server();
        RequestEnvelope.Split<Q> split;
        try {
            split = RequestEnvelope.split(mapper, body.getBytes(StandardCharsets.UTF_8),
                    operation.descriptor().requestType());
        } catch (java.io.IOException invalid) {
            return "400 unreadable";
        }
        List<Violation> violations = new ArrayList<>();
        violations.addAll(operation.descriptor().commonFieldsValidator().validate(split.commonFields(), ValidationMode.SERVER));
        violations.addAll(operation.descriptor().validator().validate(split.request(), ValidationMode.SERVER));
        if (!violations.isEmpty()) {
            return "400 " + violations;
        }
        R result = operation.handle(split.request(), new RequestContext(split.commonFields(), null, "req-1"));
        return "200 " + mapper.writeValueAsString(result);
    }
}
