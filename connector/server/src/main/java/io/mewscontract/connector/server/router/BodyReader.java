package io.mewscontract.connector.server.router;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Reads a request body into memory, never more than the limit: a declared {@code Content-Length} over the limit
 * is refused before a byte is read, and an undeclared (chunked) body is counted while it is read and refused as
 * soon as it passes the limit. Memory held for one body is therefore bounded by the limit, whatever the client
 * sends.
 */
final class BodyReader {
    private BodyReader() {}

    static byte[] read(RouterRequest request, int maxBytes) throws Refusal {
        OptionalLong declared = request.contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try {
            body = declared.isPresent()
                    ? readDeclared(request.body(), (int) declared.getAsLong(), maxBytes)
                    // readNBytes grows its buffer as data arrives, so a short body never allocates the whole limit.
                    : request.body().readNBytes(maxBytes + 1);
        } catch (IOException unreadable) {
            // The client broke off or sent a malformed chunked body; the connection is usually gone anyway.
            throw new Refusal(400, "The request body could not be read.");
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return body;
    }

    /**
     * A body of a declared length, read into one array of exactly that size: no growing 8 KiB buffers and copies
     * on every request (they cost the router more than the rest of its reading). What a stream holds beyond its
     * declaration (HTTP servers cut the body there, a request built by hand may not) is read on, as for an
     * undeclared body, up to one byte over the limit.
     */
    private static byte[] readDeclared(InputStream in, int length, int maxBytes) throws IOException {
        byte[] body = new byte[length];
        int read = in.readNBytes(body, 0, length);
        if (read < length) {
            return Arrays.copyOf(body, read);
        }
        int next = in.read();
        if (next < 0) {
            return body;
        }
        byte[] rest = in.readNBytes(maxBytes - length);
        byte[] whole = Arrays.copyOf(body, length + 1 + rest.length);
        whole[length] = (byte) next;
        System.arraycopy(rest, 0, whole, length + 1, rest.length);
        return whole;
    }

    private static Refusal tooLarge(int maxBytes) {
        return new Refusal(413, "Request body too large: the limit is " + maxBytes + " bytes.");
    }
}
