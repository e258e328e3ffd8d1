package io.mewscontract.connector.client.http;

import io.mewscontract.connector.client.error.MewsConnectionException;
import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.connector.client.error.MewsTimeoutException;
import io.mewscontract.connector.client.error.UnreadableResponseException;
import io.mewscontract.runtime.OperationDescriptor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What an exchange that produced no response failed with, in the client's exception types. */
final class TransportFailures {
    private TransportFailures() {}

    /**
     * @param requestTimeout the attempt's response timeout
     * @param connectTimeout the HTTP client's connect timeout
     */
    static MewsException of(
            OperationDescriptor<?, ?> operation,
            URI target,
            IOException cause,
            Duration requestTimeout,
            Duration connectTimeout) {
        String id = operation.operationId();
        String path = operation.path();
        String server = server(target);
        if (cause instanceof BoundedBody.TooLarge tooLarge) {
            return new UnreadableResponseException(
                    id, path, tooLarge.status, tooLarge.requestId, String.valueOf(tooLarge.getMessage()), "", cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new MewsTimeoutException(
                    id, path, server, MewsTimeoutException.Phase.CONNECT, connectTimeout, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new MewsTimeoutException(
                    id, path, server, MewsTimeoutException.Phase.RESPONSE, requestTimeout, cause);
        }
        // Only a refused connection proves that no byte of the request left this machine.
        return new MewsConnectionException(id, path, server, cause instanceof ConnectException, cause);
    }

    /**
     * {@code host:port} of {@code target}, the port filled in from the scheme: what a person checks first when a
     * connection fails. Never the user-info part of the address, which could hold a password.
     */
    static String server(URI target) {
        int port = target.getPort() >= 0 ? target.getPort() : "http".equalsIgnoreCase(target.getScheme()) ? 80 : 443;
        String host = target.getHost() == null ? "?" : target.getHost();
        return host + ":" + port;
    }

    /** An asynchronous exchange's failure: an I/O failure translated, anything else as it is. */
    static RuntimeException ofAsync(
            OperationDescriptor<?, ?> operation,
            URI target,
            Throwable error,
            Duration requestTimeout,
            Duration connectTimeout) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            return of(operation, target, io, requestTimeout, connectTimeout);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new CompletionException(cause);
    }
}
