package io.mewscontract.connector.client.error;

/**
 * 400 Bad Request: malformed input, an invalid identifier, {@code Invalid JSON}, or {@code Invalid <Parameter>} when a referenced resource does not exist or is in a state the operation cannot accept. Fix the request; retrying it unchanged fails again.
 */
public final class BadRequestException extends MewsApiException {

    public BadRequestException(ApiError error) {
        super(error);
    }
}
