package io.mewscontract.sandbox.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.mewscontract.runtime.WireHeaders;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints one line per request: method, path, status, duration and the {@code Request-Id}. Never a header value or
 * a body, which carry the tokens.
 */
public final class RequestLogFilter extends Filter {
    private final PrintStream out;

    public RequestLogFilter(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(exchange);
        } finally {
            long micros = (System.nanoTime() - start) / 1000;
            out.printf(
                    "%s %s -> %d in %d.%03d ms [Request-Id: %s]%n",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getResponseCode(),
                    micros / 1000,
                    micros % 1000,
                    exchange.getResponseHeaders().getFirst(WireHeaders.REQUEST_ID));
        }
    }

    @Override
    public String description() {
        return "Prints a line per request";
    }
}
