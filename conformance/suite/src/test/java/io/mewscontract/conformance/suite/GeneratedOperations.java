package io.mewscontract.conformance.suite;

import io.mewscontract.runtime.OperationDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The generated operation descriptors (one model, shared by client and server), found by operation path.
 */
final class GeneratedOperations {

    private static final List<OperationDescriptor<?, ?>> ALL = Stream.of(
                    io.mewscontract.connector.operation.PreauthorizationsOperations.ALL,
                    io.mewscontract.connector.operation.PaymentRequestsOperations.ALL)
            .flatMap(List::stream).toList();

    private GeneratedOperations() {
    }

    /** The generated descriptor of the operation at {@code path}, e.g. {@code /api/connector/v1/x/add}. */
    static Optional<OperationDescriptor<?, ?>> find(String path) {
        return ALL.stream().filter(d -> d.path().equals(path)).findFirst();
    }
}
