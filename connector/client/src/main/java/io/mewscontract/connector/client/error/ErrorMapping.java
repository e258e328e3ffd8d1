package io.mewscontract.connector.client.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mewscontract.runtime.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one table from an error response to its exception, and the reader of the error body
 * ({@code {"Message": ..., "RequestId": ..., "Details": ...}}).
 *
 * <p>A body that is not JSON, or JSON without a {@code Message} (a proxy's HTML page, a load balancer's text),
 * still gives the exception for its status, with the status's reason phrase as message and an excerpt of the
 * raw body.
 */
public final class ErrorMapping {

    /** The longest body excerpt kept, in characters. */
    public static final int EXCERPT_LENGTH = 500;

    /**
     * How much of a body is decoded before redaction and cutting. Far larger than {@link #EXCERPT_LENGTH} plus a
     * token, so a token cannot straddle the cut and leak in part.
     */
    private static final int DECODED_BYTES = 8192;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ErrorMapping() {}

    /**
     * The exception for an error response.
     *
     * @param status the HTTP status (not 2xx)
     * @param body the response body, possibly empty
     * @param requestIdHeader the {@code Request-Id} header, if any
     * @param retryAfter the parsed {@code Retry-After} header, if any (only kept for 429)
     * @param redactor hides the client's tokens in every text taken from the body
     */
    public static MewsApiException toException(
            String operationId,
            String path,
            int status,
            byte[] body,
            @Nullable String requestIdHeader,
            @Nullable Duration retryAfter,
            Redactor redactor) {
        ApiError error = readError(operationId, path, status, body, requestIdHeader, redactor);
        if (status >= 500 && status <= 599) {
            return new ServerErrorException(error);
        }
        return switch (status) {
            case 400 -> new BadRequestException(error);
            case 401 -> new UnauthorizedException(error);
            case 403 -> new ForbiddenException(error);
            case 404 -> new NotFoundException(error);
            case 408 -> new RequestTimeoutException(error);
            case 409 -> new ConflictException(error);
            case 413 -> new PayloadTooLargeException(error);
            case 429 -> new TooManyRequestsException(error, retryAfter);
            default -> new UnexpectedStatusException(error);
        };
    }

    /** Reads an error body; falls back to the reason phrase and a raw excerpt when it is not the error shape. */
    public static ApiError readError(
            String operationId,
            String path,
            int status,
            byte[] body,
            @Nullable String requestIdHeader,
            Redactor redactor) {
        Optional<ErrorBody> read = ErrorBody.read(parse(body));
        if (read.isEmpty()) {
            return new ApiError(
                    operationId,
                    path,
                    status,
                    reasonPhrase(status),
                    redactor.redactNullable(requestIdHeader),
                    null,
                    excerpt(body, redactor));
        }
        ErrorBody error = read.get();
        @Nullable String requestId = error.requestId() != null ? error.requestId() : requestIdHeader;
        return new ApiError(
                operationId,
                path,
                status,
                redactor.redact(error.message()),
                redactor.redactNullable(requestId),
                redactor.redactNullable(error.details()),
                null);
    }

    /**
     * The start of {@code body} as text, redacted, on one line: line breaks and other control characters become
     * spaces, and a cut is marked with {@code …}. Empty for an empty body.
     */
    public static String excerpt(byte[] body, Redactor redactor) {
        String decoded = new String(body, 0, Math.min(body.length, DECODED_BYTES), StandardCharsets.UTF_8);
        String text = redactor.redact(decoded);
        boolean cut = body.length > DECODED_BYTES || text.length() > EXCERPT_LENGTH;
        StringBuilder line = new StringBuilder(Math.min(text.length(), EXCERPT_LENGTH) + 1);
        for (int i = 0; i < text.length() && line.length() < EXCERPT_LENGTH; i++) {
            char c = text.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return line.toString().strip() + (cut ? "…" : "");
    }

    /** The standard reason phrase of an HTTP status (RFC 9110), or {@code HTTP <status>}. */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }

    private static @Nullable JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}
