package io.latentretouch.imaging.io.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Inserting APP segments (ICC profile, EXIF) into a JPEG stream right after its leading APP0/APP1 segments. */
final class JpegSegments {

    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_PAYLOAD = 65533;

    private JpegSegments() {
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
