package io.mewscontract.connector.client.error;

/**
 * 401 Unauthorized: the client token or access token is invalid or expired, the integration is disabled, or it may not use this operation. Not retried.
 */
public final class UnauthorizedException extends MewsApiException {

    public UnauthorizedException(ApiError error) {
        super(error);
    }
}
