package io.mewscontract.connector.client.http;

import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.runtime.OperationDescriptor;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one call across its attempts. Used by one thread at a time (asynchronous attempts follow each
 * other through future completions, which order the accesses).
 */
final class Call<Q, R> {

    final OperationDescriptor<Q, R> operation;
    final URI uri;
    final byte[] body;
    final long startNanos;
    int attempts;
    /** Failures of earlier attempts, attached to the final failure as suppressed exceptions. */
    final List<MewsException> earlierFailures = new ArrayList<>(0);

    Call(OperationDescriptor<Q, R> operation, URI uri, byte[] body, long startNanos) {
        this.operation = operation;
        this.uri = uri;
        this.body = body;
        this.startNanos = startNanos;
    }

    Duration elapsed(long nowNanos) {
        return Duration.ofNanos(nowNanos - startNanos);
    }

    /** {@code failure}, with the failures of earlier attempts attached: ready to throw. */
    MewsException finalFailure(MewsException failure) {
        for (MewsException earlier : earlierFailures) {
            if (earlier != failure) {
                failure.addSuppressed(earlier);
            }
        }
        earlierFailures.clear();
        return failure;
    }
}
