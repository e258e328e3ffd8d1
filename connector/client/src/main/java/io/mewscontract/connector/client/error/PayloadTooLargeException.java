package io.mewscontract.connector.client.error;

/**
 * 413 Payload Too Large: the request body is too large. Send fewer items per request.
 */
public final class PayloadTooLargeException extends MewsApiException {

    public PayloadTooLargeException(ApiError error) {
        super(error);
    }
}
