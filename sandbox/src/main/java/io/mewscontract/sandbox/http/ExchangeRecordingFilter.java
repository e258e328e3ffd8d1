package io.mewscontract.sandbox.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Copies each exchange's request and response bodies as they pass (the router still streams and limits the request
 * body as it does without this filter) and hands the result to an {@link ExchangeObserver}.
 */
public final class ExchangeRecordingFilter extends Filter {
    private static final System.Logger LOG = System.getLogger(ExchangeRecordingFilter.class.getName());

    private final ExchangeObserver observer;

    public ExchangeRecordingFilter(ExchangeObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        try {
            observer.started();
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.WARNING, "An exchange observer failed on a request's arrival", failure);
        }
        ByteArrayOutputStream requestCopy = new ByteArrayOutputStream();
        ByteArrayOutputStream responseCopy = new ByteArrayOutputStream();
        exchange.setStreams(
                new TeeInputStream(exchange.getRequestBody(), requestCopy),
                new TeeOutputStream(exchange.getResponseBody(), responseCopy));
        try {
            chain.doFilter(exchange);
        } finally {
            String query = exchange.getRequestURI().getRawQuery();
            RecordedExchange recorded = new RecordedExchange(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
                    exchange.getRequestHeaders(),
                    requestCopy.toByteArray(),
                    exchange.getResponseCode(),
                    exchange.getResponseHeaders(),
                    responseCopy.toByteArray());
            try {
                observer.observe(recorded);
            } catch (RuntimeException failure) {
                LOG.log(System.Logger.Level.WARNING, "An exchange observer failed on " + recorded, failure);
            }
        }
    }

    @Override
    public String description() {
        return "Records each exchange for an ExchangeObserver";
    }

    private static final class TeeInputStream extends FilterInputStream {
        private final OutputStream copy;

        TeeInputStream(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                copy.write(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes were never read by the router: they are not part of what it saw.
            return super.skip(n);
        }
    }

    private static final class TeeOutputStream extends FilterOutputStream {
        private final OutputStream copy;

        TeeOutputStream(OutputStream out, OutputStream copy) {
            super(out);
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            copy.write(buffer, offset, length);
        }
    }
}
