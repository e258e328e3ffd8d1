package io.mewscontract.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke constraints of the spec. Carries every violation, not just the first, so a caller can fix
 * them all at once. A client throws it before anything is sent.
 */
public final class RequestValidationException extends IllegalArgumentException {
    private final transient List<Violation> violations;

    public RequestValidationException(String operationId, List<Violation> violations) {
        super(message(operationId, violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String message(String operationId, List<Violation> violations) {
        return "Invalid request for " + operationId + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
