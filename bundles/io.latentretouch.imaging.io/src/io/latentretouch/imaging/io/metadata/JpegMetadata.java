package io.latentretouch.imaging.io.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

import io.latentretouch.imaging.io.internal.JpegSegments;
import io.latentretouch.imaging.io.internal.Orientation;

/**
 * Lossless metadata rewrites of JPEG files with Commons Imaging: the compressed image data is copied untouched, only
 * the APP segments change.
 */
public final class JpegMetadata {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MISHEADED_XMP = "XMP\0://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);

    private JpegMetadata() {
    }

    /** The JPEG with its XMP replaced by {@code packet}. */
    public static byte[] withXmp(byte[] jpeg, String packet) throws IOException, ImagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + packet.length() * 2);
        new JpegXmpRewriter().updateXmpXml(jpeg, out, packet);
        return out.toByteArray();
    }

    /** The JPEG without EXIF (for exports that must not carry camera data). */
    public static byte[] withoutExif(byte[] jpeg) throws IOException, ImagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        new ExifRewriter().removeExifMetadata(jpeg, out);
        return out.toByteArray();
    }

    /**
     * An EXIF block for a file written upright: its orientation set to 1, nothing else changed; null stays null.
     */
    public static byte[] upright(byte[] exif) {
        return exif == null ? null : Orientation.upright(exif);
    }

    /** The raw EXIF block (TIFF structure) of a JPEG, to carry into a variant; null when it has none. */
    public static byte[] exif(byte[] jpeg) {
        return app1(jpeg, EXIF);
    }

    /**
     * The XMP packet of an APP1 segment whose header an old writer mangled ({@code XMP\0://ns.adobe.com/xap/1.0/\0},
     * which exiftool reads with a warning and Commons Imaging passes over); null when the JPEG has none.
     */
    static String misheadedXmp(byte[] jpeg) {
        byte[] packet = app1(jpeg, MISHEADED_XMP);
        return packet == null ? null : new String(packet, StandardCharsets.UTF_8);
    }

    /** The payload, after the header, of the first APP1 segment that begins with it; null when none does. */
    private static byte[] app1(byte[] jpeg, byte[] header) {
        byte[][] found = new byte[1][];
        JpegSegments.walk(jpeg, (marker, payload, end) -> {
            if (marker == 0xE1 && end - payload >= header.length && Arrays.equals(jpeg, payload, payload + header.length, header, 0, header.length)) {
                found[0] = Arrays.copyOfRange(jpeg, payload + header.length, end);
            }
            return found[0] == null;
        });
        return found[0];
    }
}
