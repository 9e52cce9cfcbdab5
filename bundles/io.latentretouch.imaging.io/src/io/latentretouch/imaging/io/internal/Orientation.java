package io.latentretouch.imaging.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;


import com.adobe.internal.xmp.XMPException;

import io.latentretouch.imaging.io.metadata.JpegMetadata;
import io.latentretouch.imaging.io.metadata.XmpPackets;

/**
 * The EXIF orientation (1–8, TIFF 6.0 tag 274) a file asks viewers to apply, and applying it: pixels stored sideways
 * by a camera become upright. The EXIF tag is read from the JPEG APP1 block, a TIFF's first directory, a PNG's eXIf
 * chunk or a WebP's EXIF chunk; XMP {@code tiff:Orientation} counts when there is no EXIF tag.
 */
public final class Orientation {

    /** The XMP namespace of {@code tiff:Orientation}. */
    public static final String TIFF_NS = "http://ns.adobe.com/tiff/1.0/";
    private static final int TAG = 274;
    private static final int HEAD = 1 << 18;

    private Orientation() {
    }

    /** The file's orientation; 1 (as stored) when it declares none or an invalid one. */
    static int of(Path file, Format format) throws IOException {
        int exif = switch (format) {
            case JPEG -> fromBlock(JpegMetadata.exif(head(file)));
            case TIFF -> fromTiff(file);
            case PNG -> fromBlock(Chunks.png(file, "eXIf"));
            case WEBP -> fromBlock(Chunks.riff(file, "EXIF"));
            case PSD -> 0;
        };
        return exif != 0 ? exif : fromXmp(file, format);
    }

    /** Whether width and height trade places. */
    static boolean transposes(int orientation) {
        return orientation >= 5;
    }

    /**
     * A {@code w × h} plane as it is displayed under the orientation: 2 mirror, 3 half turn, 4 flip, 5 transpose,
     * 6 quarter turn clockwise, 7 transverse, 8 quarter turn counter-clockwise.
     */
    static float[] upright(float[] src, int w, int h, int orientation) {
        if (orientation == 1) {
            return src;
        }
        int dw = transposes(orientation) ? h : w;
        int dh = transposes(orientation) ? w : h;
        float[] dst = new float[src.length];
        for (int dy = 0, i = 0; dy < dh; dy++) {
            for (int dx = 0; dx < dw; dx++, i++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - dx; sy = dy; }
                    case 3 -> { sx = w - 1 - dx; sy = h - 1 - dy; }
                    case 4 -> { sx = dx; sy = h - 1 - dy; }
                    case 5 -> { sx = dy; sy = dx; }
                    case 6 -> { sx = dy; sy = h - 1 - dx; }
                    case 7 -> { sx = w - 1 - dy; sy = h - 1 - dx; }
                    default -> { sx = w - 1 - dy; sy = dx; }
                }
                dst[i] = src[sy * w + sx];
            }
        }
        return dst;
    }

    /** The file's first 256 KiB, which hold a JPEG's APP segments. */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** The orientation in a TIFF-structured EXIF block, 0 when it has none. */
    static int fromBlock(byte[] block) {
        int at = valueAt(block);
        return at < 0 ? 0 : valid(order(block).getShort(at) & 0xffff);
    }

    /**
     * The block with its orientation set to 1 (as stored), for a file whose pixels were written upright; the block
     * itself when it has no orientation tag. Nothing else in it changes.
     */
    public static byte[] upright(byte[] block) {
        int at = valueAt(block);
        if (at < 0) {
            return block;
        }
        byte[] out = block.clone();
        ByteBuffer.wrap(out).order(order(block).order()).putShort(at, (short) 1);
        return out;
    }

    /** Where the orientation's SHORT value lies in the block's first directory, or -1. */
    private static int valueAt(byte[] block) {
        if (block == null || block.length < 8) {
            return -1;
        }
        ByteBuffer b = order(block);
        long ifd = b.getInt(4) & 0xffffffffL;
        if (ifd + 2 > block.length) {
            return -1;
        }
        int count = b.getShort((int) ifd) & 0xffff;
        for (int e = 0; e < count && ifd + 2 + 12L * (e + 1) <= block.length; e++) {
            int at = (int) ifd + 2 + 12 * e;
            if ((b.getShort(at) & 0xffff) == TAG && (b.getShort(at + 2) & 0xffff) == 3) {
                return at + 8;
            }
        }
        return -1;
    }

    private static ByteBuffer order(byte[] block) {
        return ByteBuffer.wrap(block).order(block[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    }

    /** A TIFF's own first directory (classic or BigTIFF), read without loading the file. */
    private static int fromTiff(Path file) throws IOException {
        return TiffIfd.read(file, ifd -> {
            long[] v = ifd.values(TAG, 1);
            return v.length == 0 ? 0 : valid((int) v[0]);
        });
    }

    private static int fromXmp(Path file, Format format) {
        if (format == Format.PSD) {
            return 1;
        }
        Integer o;
        try {
            o = XmpPackets.embedded(file).getPropertyInteger(TIFF_NS, "Orientation");
        } catch (XMPException e) {
            // a property that is no integer says nothing about orientation
            return 1;
        }
        return o == null ? 1 : Math.max(1, valid(o));
    }

    private static int valid(int o) {
        return o >= 1 && o <= 8 ? o : 0;
    }
}
