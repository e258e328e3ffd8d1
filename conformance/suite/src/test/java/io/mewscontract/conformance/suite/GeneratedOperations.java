package io.mewscontract.conformance.suite;

import io.mewscontract.runtime.OperationDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The generated operation descriptors of the client and of the server, found by operation path. */
final class GeneratedOperations {

    private static final List<OperationDescriptor<?, ?>> CLIENT = Stream.of(
                    io.mewscontract.connector.operation.PreauthorizationsOperations.ALL,
                    io.mewscontract.connector.operation.PaymentRequestsOperations.ALL)
            .flatMap(List::stream).toList();

    private static final List<OperationDescriptor<?, ?>> SERVER = Stream.of(
                    io.mewscontract.service.operation.PreauthorizationsOperations.ALL,
                    io.mewscontract.service.operation.PaymentRequestsOperations.ALL)
            .flatMap(List::stream).toList();

    private GeneratedOperations() {
    }

    /** The generated client's descriptor of the operation at {@code path}, e.g. {@code /api/connector/v1/x/add}. */
    static Optional<OperationDescriptor<?, ?>> client(String path) {
        return CLIENT.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    /** The generated server's descriptor of the operation at {@code path}. */
    static Optional<OperationDescriptor<?, ?>> server(String path) {
        return SERVER.stream().filter(d -> d.path().equals(path)).findFirst();
    }
}
