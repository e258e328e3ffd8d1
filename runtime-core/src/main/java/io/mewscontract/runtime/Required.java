package io.mewscontract.runtime;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * The null check of generated records' required values, with the one exception a liberal client needs: while a
 * client reads a response that breaks the spec leniently ({@link #readLeniently}), a required value the server
 * left out reads as {@code null} instead of losing the whole response, and the client reports it as a violation
 * (docs/client-faults.md). Everywhere else, and always on a server, a missing required value fails as
 * {@link java.util.Objects#requireNonNull} would.
 */
public final class Required {
    private static final ThreadLocal<Boolean> LENIENT = new ThreadLocal<>();

    private Required() {}

    /**
     * @throws NullPointerException with {@code message} if {@code value} is {@code null}, unless the current thread
     *     is inside {@link #readLeniently}
     */
    public static void nonNull(@Nullable Object value, String message) {
        if (value == null && LENIENT.get() == null) {
            throw new NullPointerException(message);
        }
    }

    /**
     * Runs {@code read} (a Jackson read into generated records) with required values allowed to be {@code null}.
     * Only the client's lenient response reader calls this; whoever does must report every such {@code null}.
     */
    public static <T> T readLeniently(Callable<T> read) throws Exception {
        @Nullable Boolean outer = LENIENT.get();
        LENIENT.set(Boolean.TRUE);
        try {
            return read.call();
        } finally {
            if (outer == null) {
                LENIENT.remove();
            }
        }
    }
}
