package io.mewscontract.connector.client.error;

/**
 * A status the Connector API does not document (for example a proxy's {@code 502} page is a {@link ServerErrorException}, but a {@code 405} or a {@code 3xx} lands here). Never retried.
 */
public final class UnexpectedStatusException extends MewsApiException {

    public UnexpectedStatusException(ApiError error) {
        super(error);
    }
}
