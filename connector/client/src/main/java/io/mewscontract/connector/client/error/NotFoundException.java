package io.mewscontract.connector.client.error;

/**
 * 404 Not Found: the address matches no operation (addresses are exact and case-sensitive). With a generated client this means the base URI is wrong.
 */
public final class NotFoundException extends MewsApiException {

    public NotFoundException(ApiError error) {
        super(error);
    }
}
