package io.mewscontract.connector.client.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Receives one response body into memory, never more than a limit, and can be aborted. The JDK's
 * {@code ofByteArray()} holds whatever arrives (a 1 GiB answer runs the JVM out of memory, which then looks like a
 * lost connection and is retried) and cannot be stopped once the headers are in (its request timeout ends there,
 * so a body that trickles in keeps a caller waiting without end). This one fails with {@link TooLarge} past the
 * limit, and {@code abort()} cancels the subscription, which closes the connection, when the exchange's deadline
 * passes.
 */
final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {

    /** A body over the limit: not a transport failure, and never worth a retry. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        final int status;
        final @Nullable String requestId;

        TooLarge(long limit, int status, @Nullable String requestId) {
            super("its body is larger than the client's limit of " + limit + " bytes (reading stopped there)");
            this.status = status;
            this.requestId = requestId;
        }
    }

    private final long limit;
    private final AtomicReference<@Nullable Subscriber> current = new AtomicReference<>();

    BoundedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo responseInfo) {
        Subscriber subscriber = new Subscriber(
                limit,
                responseInfo.statusCode(),
                responseInfo.headers().firstValue("Request-Id").orElse(null));
        current.set(subscriber);
        return subscriber;
    }

    /** Stops receiving the body (the deadline passed); the exchange's future fails. */
    void abort(IOException why) {
        @Nullable Subscriber subscriber = current.get();
        if (subscriber != null) {
            subscriber.fail(why);
        }
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final int status;
        private final @Nullable String requestId;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final AtomicReference<Flow.@Nullable Subscription> subscription = new AtomicReference<>();

        Subscriber(long limit, int status, @Nullable String requestId) {
            this.limit = limit;
            this.status = status;
            this.requestId = requestId;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription.set(subscription);
            if (body.isDone()) {
                subscription.cancel();
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            synchronized (received) {
                for (ByteBuffer buffer : buffers) {
                    if (received.size() + (long) buffer.remaining() > limit) {
                        fail(new TooLarge(limit, status, requestId));
                        return;
                    }
                    byte[] chunk = new byte[buffer.remaining()];
                    buffer.get(chunk);
                    received.write(chunk, 0, chunk.length);
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            synchronized (received) {
                body.complete(received.toByteArray());
            }
        }

        void fail(IOException why) {
            if (body.completeExceptionally(why)) {
                Flow.@Nullable Subscription held = subscription.get();
                if (held != null) {
                    held.cancel();
                }
            }
        }
    }
}
