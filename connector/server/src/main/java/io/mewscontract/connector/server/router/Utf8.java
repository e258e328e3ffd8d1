package io.mewscontract.connector.server.router;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629, Unicode table 3-7): no overlong forms ({@code C0 AF} for {@code /}), no surrogates, nothing
 * above {@code U+10FFFF}, no truncated sequence. Jackson's parser decodes some of these without complaint, and a
 * body that two decoders read differently is how filters are bypassed, so the router refuses it before parsing.
 */
final class Utf8 {
    /** Eight bytes of an array read as one long, to pass over ASCII a word at a time. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The high bit of each of eight bytes: all clear means eight ASCII characters. */
    private static final long NON_ASCII = 0x8080_8080_8080_8080L;

    private Utf8() {}

    static boolean isWellFormed(byte[] bytes) {
        int i = 0;
        int length = bytes.length;
        while (i < length) {
            // Nearly every body is all ASCII: skip it eight bytes at a time, check byte by byte where it is not.
            if (i + Long.BYTES <= length && ((long) WORDS.get(bytes, i) & NON_ASCII) == 0) {
                i += Long.BYTES;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int needed;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                needed = 2;
                if (b == 0xE0) {
                    min2 = 0xA0; // below is an overlong three-byte form
                } else if (b == 0xED) {
                    max2 = 0x9F; // above is a UTF-16 surrogate
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                needed = 3;
                if (b == 0xF0) {
                    min2 = 0x90; // below is an overlong four-byte form
                } else if (b == 0xF4) {
                    max2 = 0x8F; // above is beyond U+10FFFF
                }
            } else {
                return false; // a continuation byte first, C0/C1 (always overlong), or F5..FF
            }
            if (i + needed >= length) {
                return false; // truncated at the end of the body
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min2 || second > max2) {
                return false;
            }
            for (int k = 2; k <= needed; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += needed + 1;
        }
        return true;
    }
}
