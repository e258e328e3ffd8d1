package io.mewscontract.conformance.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.conformance.checks.ContractValidator;
import io.mewscontract.runtime.ClientTransport;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestEnvelope;
import io.mewscontract.runtime.Violation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A client transport that validates what passes through it against the spec: each request as the client will
 * write it (the common fields joined with the operation's record), and each response the client read, written
 * back. The wire itself is validated on the sandbox's side ({@link TrafficRecorder}); this is the client's view.
 * Problems are collected, never thrown, so a call's own outcome stays visible.
 */
final class ValidatingClientTransport implements ClientTransport {

    private final ClientTransport delegate;
    private final CommonRequestFields commonFields;
    private final ContractValidator validator;
    private final ObjectMapper mapper = JsonMappers.client();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    ValidatingClientTransport(ClientTransport delegate, CommonRequestFields commonFields, ContractValidator validator) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.commonFields = Objects.requireNonNull(commonFields, "commonFields");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    @Override
    public <Q, R> R send(OperationDescriptor<Q, R> operation, Q request) {
        checkRequest(operation, request);
        return checkResponse(operation, delegate.send(operation, request));
    }

    @Override
    public <Q, R> CompletableFuture<R> sendAsync(OperationDescriptor<Q, R> operation, Q request) {
        checkRequest(operation, request);
        return delegate.sendAsync(operation, request).thenApply(response -> checkResponse(operation, response));
    }

    @Override
    public RuntimeException invalidRequest(OperationDescriptor<?, ?> operation, List<Violation> violations) {
        return delegate.invalidRequest(operation, violations);
    }

    @Override
    public RuntimeException repeatedCursor(OperationDescriptor<?, ?> operation, Object cursor) {
        return delegate.repeatedCursor(operation, cursor);
    }

    /** Every problem seen so far, each naming the operation and the direction. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void checkRequest(OperationDescriptor<?, ?> operation, Object request) {
        String body = RequestEnvelope.merge(mapper, commonFields, request).toString();
        validator
                .validateRequest(operation.path(), body)
                .forEach(p -> problems.add("client request to " + operation.path() + ": " + p));
    }

    private <R> R checkResponse(OperationDescriptor<?, R> operation, R response) {
        if (!Objects.equals(response, operation.noContentResult())) { // a 204 has nothing to check
            validator
                    .validateResponse(
                            operation.path(), 200, mapper.valueToTree(response).toString())
                    .forEach(p -> problems.add("client's response from " + operation.path() + ": " + p));
        }
        return response;
    }
}
