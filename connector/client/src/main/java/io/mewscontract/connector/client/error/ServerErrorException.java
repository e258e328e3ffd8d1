package io.mewscontract.connector.client.error;

/**
 * A 5xx status: an unexpected fault on the Mews side. Reads are retried; writes are not, since the server may have processed the request before failing. Report persistent ones with {@link #requestId()}.
 */
public final class ServerErrorException extends MewsApiException {

    public ServerErrorException(ApiError error) {
        super(error);
    }
}
