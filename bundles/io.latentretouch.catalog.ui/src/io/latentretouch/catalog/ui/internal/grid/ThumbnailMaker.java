package io.latentretouch.catalog.ui.internal.grid;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.ColorConverter;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.Thumbnails;

/**
 * Makes the thumbnail the grid keeps: the file decoded small (subsampled, never whole), converted from its own colour
 * space to the screen's sRGB once, a cut-out's transparency shown over a checkerboard (as image editors show it),
 * encoded as a JPEG (a few kilobytes, decoded by SWT itself). Thread-safe.
 */
final class ThumbnailMaker {

    /** Long side of a kept thumbnail, pixels (digiKam's; a cell is drawn at most this large). */
    static final int SIZE = 256;
    /** The checkerboard's squares, pixels, and their two greys (screen values). */
    static final int CHECKER = 8;
    static final int CHECKER_DARK = 96;
    static final int CHECKER_LIGHT = 144;

    private ThumbnailMaker() {
    }

    /** @throws ImageIoException as the file's read says (unreadable, damaged, not an image) */
    static byte[] make(Path file) throws ImageIoException {
        ImageDocument doc = Thumbnails.of(file, SIZE);
        PlanarImage p = doc.pixels();
        byte[] rgb = new byte[p.width() * p.height() * 3];
        new ColorConverter(doc.colorSpace()).toScreen(p, 0, 0, p.width(), p.height(), rgb, p.width() * 3);
        if (doc.alpha() != null) {
            overChecker(rgb, doc.alpha());
        }
        BufferedImage image = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[p.width()];
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int i = (y * p.width() + x) * 3;
                row[x] = (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | rgb[i + 2] & 0xFF;
            }
            image.setRGB(0, y, p.width(), 1, row, 0, p.width());
        }
        return jpeg(image);
    }

    /** Composites screen pixels over the checkerboard by their alpha. */
    private static void overChecker(byte[] rgb, Mask alpha) {
        for (int y = 0; y < alpha.height(); y++) {
            for (int x = 0; x < alpha.width(); x++) {
                float a = alpha.get(x, y);
                int back = (x / CHECKER + y / CHECKER) % 2 == 0 ? CHECKER_LIGHT : CHECKER_DARK;
                for (int c = 0, i = (y * alpha.width() + x) * 3; c < 3; c++, i++) {
                    rgb[i] = (byte) Math.round((rgb[i] & 0xFF) * a + back * (1 - a));
                }
            }
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException("The JDK's JPEG writer failed on an in-memory image", e);
        }
        return out.toByteArray();
    }
}
