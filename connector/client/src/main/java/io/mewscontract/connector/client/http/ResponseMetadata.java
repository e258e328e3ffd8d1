package io.mewscontract.connector.client.http;

import io.mewscontract.runtime.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a successful call's response said besides its body.
 *
 * @param operationId the spec's id of the operation
 * @param status the HTTP status ({@code 200}, or {@code 204} for an empty result)
 * @param requestId the {@code Request-Id} header, which Mews support asks for ({@code null} if the server sent none)
 * @param attempts how many attempts the call took (1 when it was not retried)
 * @param elapsed how long the call took, retries and waits included
 * @param violations where the body broke the spec, read leniently ({@link ResponseReading#LENIENT}); empty when
 *     it kept the contract
 */
public record ResponseMetadata(
        String operationId,
        int status,
        @Nullable String requestId,
        int attempts,
        Duration elapsed,
        List<Violation> violations) {

    public ResponseMetadata {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(elapsed, "elapsed");
        violations = List.copyOf(violations);
    }

    /** The metadata of a response that kept the contract. */
    public ResponseMetadata(
            String operationId, int status, @Nullable String requestId, int attempts, Duration elapsed) {
        this(operationId, status, requestId, attempts, elapsed, List.of());
    }
}
