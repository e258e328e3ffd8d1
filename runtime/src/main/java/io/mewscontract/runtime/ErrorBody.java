package io.mewscontract.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The Connector API's error body, {@code {"Message": ..., "RequestId": ..., "Details": ...}}: the one definition
 * servers write (every key always present) and clients read (leniently: {@link #read}).
 *
 * @param message what went wrong, for the caller (never an exception's text or a stack trace)
 * @param requestId the request's identifier, the same as the {@link WireHeaders#REQUEST_ID} header
 * @param details further details; the Connector API fills them only on development environments
 */
@JsonPropertyOrder({ErrorBody.MESSAGE, ErrorBody.REQUEST_ID, ErrorBody.DETAILS})
@JsonInclude(JsonInclude.Include.ALWAYS)
@NullMarked
public record ErrorBody(
        @JsonProperty(value = MESSAGE, required = true) String message,

        @JsonProperty(value = REQUEST_ID, required = true) @Nullable
        String requestId,

        @JsonProperty(value = DETAILS, required = true) @Nullable
        String details) {

    public static final String MESSAGE = "Message";
    public static final String REQUEST_ID = "RequestId";
    public static final String DETAILS = "Details";

    public ErrorBody {
        Objects.requireNonNull(message, "message is required");
    }

    /**
     * The error body in {@code json}, if it has the shape: an object whose {@code Message} is text. Other keys are
     * ignored, and a {@code RequestId} or {@code Details} that is not text is kept as its JSON text: a client
     * must neither lose an error nor what it says over a shape it did not expect.
     */
    public static Optional<ErrorBody> read(@Nullable JsonNode json) {
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        JsonNode message = json.get(MESSAGE);
        if (message == null || !message.isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new ErrorBody(message.asText(), text(json.get(REQUEST_ID)), text(json.get(DETAILS))));
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
