package io.mewscontract.connector.server.router;

import java.io.IOException;
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
            // readNBytes grows its buffer as data arrives, so a short body never allocates the whole limit.
            body = request.body().readNBytes(maxBytes + 1);
        } catch (IOException unreadable) {
            // The client broke off or sent a malformed chunked body; the connection is usually gone anyway.
            throw new Refusal(400, "The request body could not be read.");
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return body;
    }

    private static Refusal tooLarge(int maxBytes) {
        return new Refusal(413, "Request body too large: the limit is " + maxBytes + " bytes.");
    }
}
