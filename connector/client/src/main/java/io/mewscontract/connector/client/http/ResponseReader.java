package io.mewscontract.connector.client.http;

import io.mewscontract.runtime.WireHeaders;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.client.error.ErrorMapping;
import io.mewscontract.connector.client.error.Redactor;
import io.mewscontract.connector.client.error.UnreadableResponseException;
import io.mewscontract.connector.client.retry.RetryAfter;
import io.mewscontract.runtime.OperationDescriptor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Turns a response into the operation's result: a {@code 2xx} body into the response record (a {@code 204} into
 * the operation's empty result), any other status into the exception {@link ErrorMapping} assigns it.
 */
final class ResponseReader {

    private final ObjectMapper mapper;
    private final Redactor redactor;

    ResponseReader(ObjectMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    /** The {@code Request-Id} header, redacted, or {@code null}. */
    @Nullable String requestId(HttpResponse<?> response) {
        return redactor.redactNullable(response.headers().firstValue(WireHeaders.REQUEST_ID).orElse(null));
    }

    /**
     * The result of a response.
     *
     * @param now the current time, for a {@code Retry-After} HTTP-date
     * @throws io.mewscontract.connector.client.error.MewsApiException for an error status
     * @throws UnreadableResponseException for a success whose body is not the operation's response
     */
    <R> R read(OperationDescriptor<?, R> operation, HttpResponse<byte[]> response, Instant now) {
        int status = response.statusCode();
        @Nullable String requestId = requestId(response);
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (status < 200 || status > 299) {
            @Nullable Duration retryAfter = status == 429
                    ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), now).orElse(null)
                    : null;
            throw ErrorMapping.toException(operation.operationId(), operation.path(), status, body, requestId,
                    retryAfter, redactor);
        }
        return status == 204 ? noContent(operation, requestId) : parse(operation, status, body, requestId);
    }

    private <R> R noContent(OperationDescriptor<?, R> operation, @Nullable String requestId) {
        R empty = operation.noContentResult();
        if (empty == null) {
            throw new UnreadableResponseException(operation.operationId(), operation.path(), 204, requestId,
                    "this operation has no empty result, so 204 No Content cannot be its answer", "", null);
        }
        return empty;
    }

    private <R> R parse(OperationDescriptor<?, R> operation, int status, byte[] body, @Nullable String requestId) {
        String type = operation.responseType().getSimpleName();
        if (body.length == 0) {
            throw unreadable(operation, status, requestId, "the body is empty", body);
        }
        try {
            R value = mapper.readValue(body, operation.responseType());
            if (value == null) {
                throw unreadable(operation, status, requestId, "the body is null, not a " + type, body);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableResponseException unreadable) {
                throw unreadable;
            }
            // Jackson's own message may quote the body: it goes through the redactor like the excerpt.
            String reason = e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
            throw unreadable(operation, status, requestId,
                    "the body is not a " + type + " (" + redactor.redact(String.valueOf(reason)) + ")", body);
        }
    }

    private UnreadableResponseException unreadable(OperationDescriptor<?, ?> operation, int status,
            @Nullable String requestId, String problem, byte[] body) {
        return new UnreadableResponseException(operation.operationId(), operation.path(), status, requestId,
                problem, ErrorMapping.excerpt(body, redactor), null);
    }
}
