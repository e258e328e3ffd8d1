package io.mewscontract.connector.server.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    private static final byte[][] ILL_FORMED = {
        {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong three-byte form
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        {(byte) 0x80}, // a continuation byte first
        {(byte) 0xFF}
    };

    /** The ASCII fast path reads eight bytes at once: a bad sequence is found at every offset within those words. */
    @Test
    void anIllFormedSequenceIsFoundAtEveryPositionOfAnAsciiBody() {
        for (int length = 0; length <= 40; length++) {
            byte[] ascii = new byte[length];
            Arrays.fill(ascii, (byte) 'a');
            assertThat(Utf8.isWellFormed(ascii)).isTrue();
            for (byte[] bad : ILL_FORMED) {
                for (int at = 0; at + bad.length <= length; at++) {
                    byte[] body = ascii.clone();
                    System.arraycopy(bad, 0, body, at, bad.length);
                    assertThat(Utf8.isWellFormed(body))
                            .as("%s at %d of %d", Arrays.toString(bad), at, length)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void aSequenceCutByTheEndOfTheBodyIsIllFormed() {
        byte[] euro = "abcdefgh€".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.isWellFormed(euro)).isTrue();
        assertThat(Utf8.isWellFormed(Arrays.copyOf(euro, euro.length - 1))).isFalse();
    }

    /** Agrees with the JDK's strict decoder on mostly-ASCII bytes with random bytes mixed in. */
    @Test
    void agreesWithTheJdkStrictDecoder() {
        Random random = new Random(13);
        int illFormed = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(48)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(6) == 0 ? (byte) random.nextInt(256) : (byte) ('a' + random.nextInt(26));
            }
            boolean expected = decodesStrictly(bytes);
            illFormed += expected ? 0 : 1;
            assertThat(Utf8.isWellFormed(bytes)).as(Arrays.toString(bytes)).isEqualTo(expected);
        }
        assertThat(illFormed).as("both kinds of input were tried").isBetween(1000, 19_000);
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
