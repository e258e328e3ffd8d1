package io.mewscontract.connector.client.error;

/**
 * 409 Conflict: the data changed in the meantime. Read it again and resubmit.
 */
public final class ConflictException extends MewsApiException {

    public ConflictException(ApiError error) {
        super(error);
    }
}
