package io.mewscontract.connector.client.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.client.error.ContractViolationException;
import io.mewscontract.connector.client.error.ErrorMapping;
import io.mewscontract.connector.client.error.Redactor;
import io.mewscontract.connector.client.error.UnreadableResponseException;
import io.mewscontract.connector.client.retry.RetryAfter;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.Violation;
import io.mewscontract.runtime.WireHeaders;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a response into the operation's result: a {@code 2xx} body into the response record (a {@code 204} into
 * the operation's empty result), any other status into the exception {@link ErrorMapping} assigns it. A body that
 * breaks the spec is read again leniently ({@link LenientReader}) and returned with its violations, or thrown
 * with them ({@link ResponseReading}); only a body of which nothing can be typed fails as unreadable, raw body kept.
 */
final class ResponseReader {

    private final ObjectMapper mapper;
    private final LenientReader lenient;
    private final ResponseReading reading;
    private final Redactor redactor;

    ResponseReader(ObjectMapper mapper, ResponseReading reading, Redactor redactor) {
        this.mapper = mapper;
        this.lenient = new LenientReader(mapper);
        this.reading = reading;
        this.redactor = redactor;
    }

    /** A response's value, and where its body broke the spec (empty when it kept it). */
    record Read<R>(R value, List<Violation> violations) {}

    /** The {@code Request-Id} header, redacted, or {@code null}. */
    @Nullable
    String requestId(HttpResponse<?> response) {
        return redactor.redactNullable(
                response.headers().firstValue(WireHeaders.REQUEST_ID).orElse(null));
    }

    /**
     * The result of a response.
     *
     * @param now the current time, for a {@code Retry-After} HTTP-date
     * @throws io.mewscontract.connector.client.error.MewsApiException for an error status
     * @throws UnreadableResponseException for a success whose body is not the operation's response
     * @throws ContractViolationException for a success that breaks the spec, when reading is strict
     */
    <R> Read<R> read(OperationDescriptor<?, R> operation, HttpResponse<byte[]> response, Instant now) {
        int status = response.statusCode();
        @Nullable String requestId = requestId(response);
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (status < 200 || status > 299) {
            @Nullable
            Duration retryAfter = status == 429
                    ? RetryAfter.parse(
                                    response.headers().firstValue("Retry-After").orElse(null), now)
                            .orElse(null)
                    : null;
            throw ErrorMapping.toException(
                    operation.operationId(), operation.path(), status, body, requestId, retryAfter, redactor);
        }
        return status == 204
                ? new Read<>(noContent(operation, requestId), List.of())
                : parse(operation, status, body, requestId);
    }

    private <R> R noContent(OperationDescriptor<?, R> operation, @Nullable String requestId) {
        R empty = operation.noContentResult();
        if (empty == null) {
            throw new UnreadableResponseException(
                    operation.operationId(),
                    operation.path(),
                    204,
                    requestId,
                    "this operation has no empty result, so 204 No Content cannot be its answer",
                    "",
                    null);
        }
        return empty;
    }

    private <R> Read<R> parse(
            OperationDescriptor<?, R> operation, int status, byte[] body, @Nullable String requestId) {
        String type = operation.responseType().getSimpleName();
        if (body.length == 0) {
            throw unreadable(operation, status, requestId, "the body is empty", body);
        }
        try {
            R value = mapper.readValue(body, operation.responseType());
            if (value == null) {
                throw unreadable(operation, status, requestId, "the body is null, not a " + type, body);
            }
            return new Read<>(value, List.of());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableResponseException unreadable) {
                throw unreadable;
            }
            Optional<LenientReader.Result<R>> partly = lenient.read(body, operation.responseType());
            if (partly.isPresent()) {
                List<Violation> violations = redacted(partly.get().violations());
                if (reading == ResponseReading.STRICT) {
                    throw new ContractViolationException(
                            operation.operationId(),
                            operation.path(),
                            status,
                            requestId,
                            partly.get().value(),
                            violations,
                            body);
                }
                return new Read<>(partly.get().value(), violations);
            }
            // Jackson's own message quotes the body, cut wherever its tokenizer stopped: never used. Where it
            // stopped is said instead; the excerpt (redacted whole) shows the text.
            throw unreadable(operation, status, requestId, "the body is not a " + type + " (" + where(e) + ")", body);
        }
    }

    /** A server may name an unknown property after a token it echoes: paths are scrubbed like every other text. */
    private List<Violation> redacted(List<Violation> violations) {
        return violations.stream()
                .map(v -> new Violation(redactor.redact(v.path()), v.message()))
                .toList();
    }

    private static String where(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder("at $");
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference reference : mapping.getPath()) {
                path.append(
                        reference.getFieldName() != null
                                ? "." + reference.getFieldName()
                                : "[" + reference.getIndex() + "]");
            }
            return path.toString();
        }
        if (e instanceof JacksonException json && json.getLocation() != null) {
            return "invalid JSON at line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr();
        }
        return e.getClass().getSimpleName();
    }

    private UnreadableResponseException unreadable(
            OperationDescriptor<?, ?> operation, int status, @Nullable String requestId, String problem, byte[] body) {
        return new UnreadableResponseException(
                operation.operationId(),
                operation.path(),
                status,
                requestId,
                problem,
                ErrorMapping.excerpt(body, redactor),
                body,
                null);
    }
}
