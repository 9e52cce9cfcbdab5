package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.InputStream;
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

    /** The hash of everything the stream holds, read a mebibyte at a time: files of any size in constant memory. */
    public static String of(InputStream in) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 20];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
