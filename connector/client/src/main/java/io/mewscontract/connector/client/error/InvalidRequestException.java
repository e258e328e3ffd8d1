package io.mewscontract.connector.client.error;

import io.mewscontract.runtime.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The request breaks the spec's constraints, or cannot be written as JSON at all; nothing was sent. Carries every
 * violation, each with its JSON path ({@code $.PaymentRequests[1].Amount.Currency: must match the pattern
 * ^[A-Z]{3}$}), so one fix round covers them all. Never retried: the same request would fail the same way.
 */
public final class InvalidRequestException extends MewsException {

    private final transient List<Violation> violations;

    public InvalidRequestException(String operationId, String path, List<Violation> violations) {
        super(
                operationId,
                path,
                "Invalid request for " + operationId + ": "
                        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")),
                null);
        this.violations = List.copyOf(violations);
    }

    /** Every broken constraint, in the order the validator found them. */
    public List<Violation> violations() {
        return violations;
    }
}
