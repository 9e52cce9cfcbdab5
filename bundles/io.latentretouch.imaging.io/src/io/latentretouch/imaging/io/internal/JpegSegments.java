package io.latentretouch.imaging.io.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The marker segments of a JPEG stream: walking those before the image data, and inserting APP segments (ICC
 * profile, EXIF) right after its leading APP0/APP1 segments.
 */
public final class JpegSegments {

    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_PAYLOAD = 65533;

    private JpegSegments() {
    }

    /** What to do with one segment. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param marker  the marker's second byte (0xDB for DQT, 0xC0 for SOF0, …)
         * @param payload where the segment's data starts, after its length field
         * @param end     where it ends
         * @return false to stop the walk
         */
        boolean segment(int marker, int payload, int end);
    }

    /**
     * Visits the segments from the start of the stream up to the first scan (SOS), skipping fill bytes; stops at the
     * first segment whose length is invalid or runs past the bytes given.
     */
    public static void walk(byte[] jpeg, Visitor visitor) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            int length = (jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF);
            if (marker == 0xDA || length < 2 || pos + 2 + length > jpeg.length || !visitor.segment(marker, pos + 4, pos + 2 + length)) {
                return;
            }
            pos += 2 + length;
        }
    }

    /** The JPEG with the profile stored as APP2 ICC_PROFILE chunks (split as the ICC specification prescribes). */
    static byte[] withIcc(byte[] jpeg, byte[] icc) {
        int chunk = MAX_PAYLOAD - ICC.length - 2;
        int count = (icc.length + chunk - 1) / chunk;
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            int off = i * chunk;
            int len = Math.min(chunk, icc.length - off);
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            payload.writeBytes(ICC);
            payload.write(i + 1);
            payload.write(count);
            payload.write(icc, off, len);
            segment(segments, 0xE2, payload.toByteArray());
        }
        return insert(jpeg, segments.toByteArray());
    }

    /** The JPEG with an EXIF APP1 segment holding the TIFF-structured block. */
    static byte[] withExif(byte[] jpeg, byte[] tiffBlock) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(EXIF);
        payload.writeBytes(tiffBlock);
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment(segment, 0xE1, payload.toByteArray());
        return insert(jpeg, segment.toByteArray());
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("A JPEG segment holds at most " + MAX_PAYLOAD + " bytes, not " + payload.length);
        }
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    /** Inserts after SOI and any APP0 (JFIF) segment, so JFIF stays first as its specification requires. */
    private static byte[] insert(byte[] jpeg, byte[] segments) {
        int pos = 2;
        if ((jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) == 0xE0) {
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + segments.length);
        out.write(jpeg, 0, pos);
        out.writeBytes(segments);
        out.write(jpeg, pos, jpeg.length - pos);
        return out.toByteArray();
    }
}
