package io.latentretouch.inference.models.internal.registry;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex. */
public final class Sha256 {

    private Sha256() {
    }

    public static String of(ByteBuffer data) {
        MessageDigest md = digest();
        md.update(data.duplicate());
        return HexFormat.of().formatHex(md.digest());
    }

    public static String of(byte[] data) {
        return of(ByteBuffer.wrap(data));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
