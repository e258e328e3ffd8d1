package io.mewscontract.connector.client.error;

import io.mewscontract.runtime.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A success whose body breaks the spec (a required property missing, a value of the wrong type, a {@code null}
 * where none is allowed), thrown only by a client built with {@code ResponseReading.STRICT}; the default
 * ({@code LENIENT}) returns the same value and reports the same violations to the {@code CallListener}. Nothing is
 * lost either way: {@link #value()} is the typed response with {@code null} in place of every value that could not
 * be read, {@link #violations()} says where each one is, and {@link #rawBody()} holds every byte the server sent.
 * Never retried: the request was processed.
 */
public final class ContractViolationException extends MewsException {

    private final int status;
    private final @Nullable String requestId;
    private final transient Object value;
    private final transient List<Violation> violations;
    private final transient byte[] rawBody;

    public ContractViolationException(
            String operationId,
            String path,
            int status,
            @Nullable String requestId,
            Object value,
            List<Violation> violations,
            byte[] rawBody) {
        super(
                operationId,
                path,
                operationId + " answered " + status + " with a body that breaks the spec: "
                        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "))
                        + " [Request-Id: "
                        + (requestId == null ? "none" : requestId) + "]",
                null);
        this.status = status;
        this.requestId = requestId;
        this.value = value;
        this.violations = List.copyOf(violations);
        this.rawBody = rawBody.clone();
    }

    public int status() {
        return status;
    }

    public @Nullable String requestId() {
        return requestId;
    }

    /**
     * The response as far as it could be read, of the operation's response type: cast it, or use
     * {@link #value(Class)}. A required component may be {@code null} where a violation says so.
     */
    public Object value() {
        return value;
    }

    /**
     * The response as {@code type}.
     *
     * @throws ClassCastException if {@code type} is not the operation's response type
     */
    public <R> R value(Class<R> type) {
        return type.cast(value);
    }

    /** Every place the body broke the spec, as JSON paths ({@code $.PaymentRequests[0].Description}). */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The whole body as the server sent it (a copy). Not redacted, unlike every text of this exception: do not
     * log it.
     */
    public byte[] rawBody() {
        return rawBody.clone();
    }
}
