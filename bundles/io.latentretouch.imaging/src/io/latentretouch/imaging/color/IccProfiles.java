package io.latentretouch.imaging.color;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads matrix/TRC RGB ICC profiles (v2 and v4): colorants, curves ({@code curv} gamma or table, {@code para} types
 * 0–4) and the description. Sizes and offsets are checked before anything is read, so a corrupt profile is refused
 * with a sentence, never an exception from deep inside.
 */
public final class IccProfiles {

    private IccProfiles() {
    }

    /** @throws IllegalArgumentException saying what is missing or malformed */
    public static RgbColorSpace parse(byte[] icc) {
        ByteBuffer b = ByteBuffer.wrap(icc);
        require(icc.length >= 132, "an ICC profile has a 128-byte header and a tag table, this one has " + icc.length + " bytes");
        require("acsp".equals(ascii(b, 36)), "the data is not an ICC profile (no 'acsp' signature)");
        require("RGB ".equals(ascii(b, 16)), "the profile describes " + ascii(b, 16).trim() + ", not RGB");
        int count = b.getInt(128);
        require(count > 0 && count < 1000 && 132L + 12L * count <= icc.length, "the tag table is corrupt (" + count + " tags)");
        Map<String, ByteBuffer> tags = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 132 + 12 * i;
            int offset = b.getInt(entry + 4);
            int size = b.getInt(entry + 8);
            require(offset >= 0 && size >= 8 && (long) offset + size <= icc.length, "tag " + ascii(b, entry) + " lies outside the profile");
            tags.put(ascii(b, entry), ByteBuffer.wrap(icc, offset, size).slice());
        }
        double[] m = new double[9];
        String[] colorants = {"rXYZ", "gXYZ", "bXYZ"};
        ToneCurve[] curves = new ToneCurve[3];
        String[] trcs = {"rTRC", "gTRC", "bTRC"};
        for (int c = 0; c < 3; c++) {
            ByteBuffer xyz = tag(tags, colorants[c]);
            require(xyz.limit() >= 20 && "XYZ ".equals(ascii(xyz, 0)), "tag " + colorants[c] + " is not an XYZ value");
            for (int r = 0; r < 3; r++) {
                m[r * 3 + c] = xyz.getInt(8 + 4 * r) / 65536.0;
            }
            curves[c] = curve(tag(tags, trcs[c]), trcs[c]);
        }
        return new RgbColorSpace(description(tags.get("desc")), m, curves);
    }

    private static ToneCurve curve(ByteBuffer t, String name) {
        String type = ascii(t, 0);
        if (type.equals("curv")) {
            require(t.limit() >= 12, "tag " + name + " is truncated");
            int n = t.getInt(8);
            require(n >= 0 && 12L + 2L * n <= t.limit(), "tag " + name + " declares " + n + " entries it does not hold");
            if (n == 0) {
                return ToneCurve.gamma(1);
            }
            if (n == 1) {
                return ToneCurve.gamma((t.getShort(12) & 0xffff) / 256.0);
            }
            int[] samples = new int[n];
            for (int i = 0; i < n; i++) {
                samples[i] = t.getShort(12 + 2 * i) & 0xffff;
            }
            return ToneCurve.table(samples);
        }
        require(type.equals("para") && t.limit() >= 16, "tag " + name + " is a '" + type + "' curve; 'curv' and 'para' are supported");
        int function = t.getShort(8);
        int[] counts = {1, 3, 4, 5, 7};
        require(function >= 0 && function <= 4 && 12 + 4 * counts[function] <= t.limit(), "tag " + name + " has parametric type " + function);
        double[] p = new double[counts[function]];
        for (int i = 0; i < p.length; i++) {
            p[i] = t.getInt(12 + 4 * i) / 65536.0;
        }
        return ToneCurve.parametric(function, p);
    }

    private static String description(ByteBuffer t) {
        if (t == null || t.limit() < 12) {
            return "unnamed profile";
        }
        String type = ascii(t, 0);
        if (type.equals("desc")) {
            int n = t.getInt(8);
            return n > 1 && 12 + n <= t.limit() ? new String(bytes(t, 12, n - 1), StandardCharsets.US_ASCII) : "unnamed profile";
        }
        if (type.equals("mluc") && t.limit() >= 28) {
            int length = t.getInt(20);
            int offset = t.getInt(24);
            if (offset >= 0 && length >= 0 && (long) offset + length <= t.limit()) {
                return new String(bytes(t, offset, length), StandardCharsets.UTF_16BE);
            }
        }
        return "unnamed profile";
    }

    private static ByteBuffer tag(Map<String, ByteBuffer> tags, String name) {
        ByteBuffer t = tags.get(name);
        require(t != null, "the profile has no " + name + " tag: only matrix/TRC RGB profiles are supported");
        return t;
    }

    private static byte[] bytes(ByteBuffer b, int offset, int length) {
        byte[] out = new byte[length];
        b.get(offset, out);
        return out;
    }

    private static String ascii(ByteBuffer b, int offset) {
        return new String(bytes(b, offset, 4), StandardCharsets.US_ASCII);
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("Unsupported colour profile: " + problem);
        }
    }
}
