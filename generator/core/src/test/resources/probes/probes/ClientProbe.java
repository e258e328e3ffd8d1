package probes;

import com.example.connector.client.ConnectorClient;
import com.example.connector.model.Customer;
import com.example.connector.model.CustomerIdsParameters;
import com.example.connector.model.CustomerResult;
import com.example.connector.model.Limitation;
import com.example.connector.model.Money;
import com.example.connector.model.Payment;
import com.example.connector.model.PaymentFilterParameters;
import com.example.connector.model.PaymentPage;
import io.mewscontract.runtime.ClientTransport;
import io.mewscontract.runtime.OperationDescriptor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Drives the generated clients over a fake transport that records what would go on the wire. */
public final class ClientProbe {
    private ClientProbe() {}

    /** A transport answering with a function of the request, recording every request it is given. */
    public static final class FakeTransport implements ClientTransport {
        public final List<Object> sent = new ArrayList<>();
        private final Function<Object, Object> answer;

        public FakeTransport(Function<Object, Object> answer) {
            this.answer = answer;
        }

        @Override
        public <Q, R> R send(OperationDescriptor<Q, R> operation, Q request) {
            sent.add(request);
            return operation.responseType().cast(answer.apply(request));
        }

        @Override
        public <Q, R> CompletableFuture<R> sendAsync(OperationDescriptor<Q, R> operation, Q request) {
            return CompletableFuture.completedFuture(send(operation, request));
        }
    }

    private static List<UUID> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> new UUID(0, i)).toList();
    }

    private static CustomerResult customersFor(Object request) {
        List<Customer> customers = ((CustomerIdsParameters) request).customerIds().stream()
                .map(id -> Customer.builder().id(id).name("Customer " + id.getLeastSignificantBits()).build())
                .toList();
        return CustomerResult.builder().customers(customers).build();
    }

    /** Batching: the sizes of the requests sent, then whether the merged result is every id in input order. */
    public static String batch(int count, boolean async) {
        FakeTransport transport = new FakeTransport(ClientProbe::customersFor);
        ConnectorClient client = new ConnectorClient(transport);
        CustomerIdsParameters request = CustomerIdsParameters.builder().customerIds(ids(count)).build();
        CustomerResult result = async
                ? client.customers().getAllByIdsAsync(request).join()
                : client.customers().getAllByIds(request);
        String sizes = transport.sent.stream()
                .map(sent -> String.valueOf(((CustomerIdsParameters) sent).customerIds().size()))
                .collect(Collectors.joining(","));
        boolean inOrder = result.customers().stream().map(Customer::id).toList().equals(ids(count));
        return sizes + (inOrder ? " in order" : " OUT OF ORDER");
    }

    /** An invalid request never reaches the transport; returns the exception message. */
    public static String invalidRequestIsNotSent() {
        FakeTransport transport = new FakeTransport(request -> {
            throw new AssertionError("sent");
        });
        try {
            new ConnectorClient(transport).customers().getAllByIds(
                    CustomerIdsParameters.builder().customerIds(List.of()).build());
            return "no exception";
        } catch (IllegalArgumentException e) {
            return transport.sent.size() + " sent: " + e.getMessage();
        }
    }

    /**
     * Pagination over a server holding {@code total} payments: the cursors sent, after consuming
     * {@code take} items of the stream.
     */
    public static String paginate(int total, int pageSize, int take) {
        FakeTransport transport = new FakeTransport(request -> {
            Limitation limitation = ((PaymentFilterParameters) request).limitation();
            int start = limitation.cursor() == null ? 0 : Integer.parseInt(limitation.cursor()) + 1;
            List<Payment> page = IntStream.range(start, Math.min(total, start + limitation.count()))
                    .mapToObj(ClientProbe::payment)
                    .toList();
            String cursor = page.isEmpty() ? null : String.valueOf(start + page.size() - 1);
            return PaymentPage.builder().payments(page).cursor(cursor).build();
        });
        PaymentFilterParameters request = PaymentFilterParameters.builder()
                .limitation(Limitation.builder().count(pageSize).build())
                .build();
        List<Payment> taken = new ConnectorClient(transport).payments().getAllItems(request).limit(take).toList();
        return taken.size() + " items, cursors sent: " + transport.sent.stream()
                .map(sent -> String.valueOf(((PaymentFilterParameters) sent).limitation().cursor()))
                .collect(Collectors.joining(","));
    }

    private static Payment payment(int i) {
        return Payment.builder()
                .id(new UUID(1, i))
                .amount(Money.builder().currency("EUR").value(BigDecimal.ONE).build())
                .createdUtc(Instant.EPOCH)
                .isRefund(false)
                .build();
    }
}
