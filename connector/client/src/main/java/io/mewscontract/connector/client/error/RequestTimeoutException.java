package io.mewscontract.connector.client.error;

/**
 * 408 Request Timeout: the request was too heavy for the server. Request less data at a time. Reads are retried; writes are not, since part of one may have been processed.
 */
public final class RequestTimeoutException extends MewsApiException {

    public RequestTimeoutException(ApiError error) {
        super(error);
    }
}
