package io.latentretouch.imaging.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;

/**
 * Masks as image files, made by any tool: grey (its lightness is the mask) or with an alpha channel that is not opaque
 * everywhere (its alpha is the mask), 8 or 16 bits, any size: scaled to the image they are for. Thread-safe.
 */
public final class MaskFiles {

    /** Aspect ratios further apart than this are reported: the mask was probably made for another image. */
    static final double ASPECT_TOLERANCE = 0.01;

    /**
     * A mask read for an image.
     *
     * @param mask    at the image's size
     * @param warning a sentence when the file's aspect differs from the image's, else null
     */
    public record Imported(Mask mask, String warning) {
    }

    private MaskFiles() {
    }

    /**
     * Reads a mask for an image of width × height.
     *
     * @throws ImageIoException as {@link ImageFiles#read}, naming the file
     */
    public static Imported read(Path file, int width, int height) throws ImageIoException {
        ImageDocument doc = ImageFiles.read(file);
        PlanarImage p = doc.pixels();
        Mask own = doc.alpha() != null && !opaque(doc.alpha()) ? doc.alpha() : lightness(p);
        Mask scaled = own.width() == width && own.height() == height ? own : Resample.resize(own, width, height);
        double aspect = own.width() / (double) own.height();
        double wanted = width / (double) height;
        String warning = Math.abs(aspect / wanted - 1) > ASPECT_TOLERANCE
                ? file.getFileName() + " is " + own.width() + "×" + own.height() + ", the image " + width + "×" + height
                        + ": the mask was stretched to fit; check that it was made for this image"
                : null;
        return new Imported(scaled, warning);
    }

    /**
     * Writes the mask as an 8-bit grey PNG (white = selected), atomically, never over an existing file; {@link #read}
     * gives it back within 1/255.
     *
     * @throws ImageIoException as {@link ImageFiles#write}, naming the file
     */
    public static void write(Mask mask, Path file) throws ImageIoException {
        Mask stored = eightBit(mask);
        PlanarImage grey = PlanarImage.create(mask.width(), mask.height(), 3);
        for (int c = 0; c < 3; c++) {
            System.arraycopy(stored.values(), 0, grey.plane(c), 0, stored.values().length);
        }
        ImageFiles.write(new ImageDocument(grey, null, 8, "png", null), file, WriteOptions.of(OutputFormat.PNG));
    }

    /**
     * The mask as {@link #write} stores it, each value rounded to 8 bits: what a fill should use, so the stored mask
     * and its hash are exactly the region that was filled (a feathered edge's faintest values round to nothing).
     */
    public static Mask eightBit(Mask mask) {
        float[] v = new float[mask.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = level(mask.values()[i]) / 255f;
        }
        return Mask.wrap(mask.width(), mask.height(), v);
    }

    private static int level(float v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    /** The SHA-256 of the mask as {@link #write} stores it (its size, then each value in 8 bits), in hex. */
    public static String sha256(Mask mask) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((mask.width() + "x" + mask.height() + ":").getBytes(StandardCharsets.US_ASCII));
            byte[] row = new byte[mask.width()];
            for (int y = 0; y < mask.height(); y++) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = (byte) level(mask.values()[y * row.length + x]);
                }
                digest.update(row);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** An alpha channel opaque everywhere says nothing (ImageMagick adds one to drawn grey masks): the grey is the mask. */
    private static boolean opaque(Mask alpha) {
        for (float v : alpha.values()) {
            if (v < 1) {
                return false;
            }
        }
        return true;
    }

    private static Mask lightness(PlanarImage p) {
        float[] v = new float[p.width() * p.height()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, Math.min(1, 0.299f * p.plane(0)[i] + 0.587f * p.plane(1)[i] + 0.114f * p.plane(2)[i]));
        }
        return Mask.wrap(p.width(), p.height(), v);
    }
}
