package io.latentretouch.diffusion.internal.tokenizer;

import java.nio.charset.StandardCharsets;

/**
 * The GPT-2 byte-to-unicode map CLIP's vocabulary is written in: printable Latin-1 bytes stand for themselves, the
 * other 68 bytes for the characters from U+0100 on, so every byte sequence is a string without spaces or controls.
 */
final class ByteMap {

    private static final char[] CHARS = chars();

    private ByteMap() {
    }

    /** The piece's UTF-8 bytes, each written as its vocabulary character. */
    static String encode(String piece) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = CHARS[bytes[i] & 0xff];
        }
        return new String(out);
    }

    private static char[] chars() {
        char[] map = new char[256];
        int next = 256;
        for (int b = 0; b < 256; b++) {
            boolean printable = b >= '!' && b <= '~' || b >= 0xa1 && b <= 0xac || b >= 0xae;
            map[b] = printable ? (char) b : (char) next++;
        }
        return map;
    }
}
