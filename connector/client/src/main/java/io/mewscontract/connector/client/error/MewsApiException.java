package io.mewscontract.connector.client.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Connector API answered with an error status. One final subclass per documented status (and
 * {@link UnexpectedStatusException} for any other); see {@link ErrorMapping} for the table.
 */
public abstract sealed class MewsApiException extends MewsException
        permits BadRequestException,
                UnauthorizedException,
                ForbiddenException,
                NotFoundException,
                RequestTimeoutException,
                ConflictException,
                PayloadTooLargeException,
                TooManyRequestsException,
                ServerErrorException,
                UnexpectedStatusException {

    private final ApiError error;

    MewsApiException(ApiError error) {
        super(error.operationId(), error.path(), describe(error), null);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** Everything the response said. */
    public ApiError error() {
        return error;
    }

    /** The HTTP status code. */
    public int status() {
        return error.status();
    }

    /** The error body's {@code Message} (or the status's reason phrase when the body had none). */
    public String errorMessage() {
        return error.message();
    }

    /** The id Mews support needs to find this request: from the body, else the {@code Request-Id} header. */
    public @Nullable String requestId() {
        return error.requestId();
    }

    /** The error body's {@code Details}; only development environments send them. */
    public @Nullable String details() {
        return error.details();
    }

    /** The start of the body when it was not the Connector API error shape, else {@code null}. */
    public @Nullable String rawBodyExcerpt() {
        return error.rawBodyExcerpt();
    }

    private static String describe(ApiError error) {
        StringBuilder text = new StringBuilder()
                .append(error.operationId())
                .append(" failed with ")
                .append(error.status())
                .append(' ')
                .append(ErrorMapping.reasonPhrase(error.status()));
        if (error.hasErrorBody()) {
            text.append(": ").append(error.message());
        }
        text.append(" [Request-Id: ")
                .append(error.requestId() == null ? "none" : error.requestId())
                .append(']');
        if (!error.hasErrorBody()) {
            text.append("; the body was not a Connector API error: ").append(error.rawBodyExcerpt());
        }
        return text.toString();
    }
}
