package io.mewscontract.connector.server.router;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Connector API's error body, {@code {"Message": ..., "RequestId": ..., "Details": ...}}, written for every
 * status the router answers with an error. All three keys are always present.
 *
 * @param message what went wrong, for the caller (never an exception's text or a stack trace)
 * @param requestId the request's identifier, the same as the {@code Request-Id} header
 * @param details further details; the Connector API fills them only on development environments, and the router
 *     never does
 */
@JsonPropertyOrder({"Message", "RequestId", "Details"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorBody(
        @JsonProperty(value = "Message", required = true) String message,
        @JsonProperty(value = "RequestId", required = true) @Nullable String requestId,
        @JsonProperty(value = "Details", required = true) @Nullable String details) {

    public ErrorBody {
        Objects.requireNonNull(message, "message is required");
    }
}
