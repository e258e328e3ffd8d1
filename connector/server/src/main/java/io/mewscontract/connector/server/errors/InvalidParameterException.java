package io.mewscontract.connector.server.errors;

import java.util.Objects;

/**
 * A parameter names something that does not exist or is in a state the operation cannot accept (an unknown
 * account id, a preauthorization that is already charged): the router answers {@code 400 Bad Request} with the
 * Connector API's message {@code Invalid {Parameter}}, e.g. {@code Invalid AccountId}.
 *
 * <p>Not to be confused with {@code java.security.InvalidParameterException}, which the router treats like any
 * other unexpected exception.
 */
public class InvalidParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    /** @param parameter the parameter's wire name, e.g. {@code AccountId} or {@code PaymentRequestIds}; required */
    public InvalidParameterException(String parameter) {
        super("Invalid " + Objects.requireNonNull(parameter, "parameter"));
        this.parameter = parameter;
    }

    /** The parameter's wire name, as given. */
    public String parameter() {
        return parameter;
    }
}
