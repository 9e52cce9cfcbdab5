package io.latentretouch.catalog.ui.internal.grid;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.ColorConverter;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.Thumbnails;

/**
 * Makes the thumbnail the grid keeps: the file decoded small (subsampled, never whole), converted from its own colour
 * space to the screen's sRGB once, encoded as a JPEG (a few kilobytes, decoded by SWT itself). Thread-safe.
 */
final class ThumbnailMaker {

    /** Long side of a kept thumbnail, pixels (digiKam's; a cell is drawn at most this large). */
    static final int SIZE = 256;

    private ThumbnailMaker() {
    }

    /** @throws ImageIoException as the file's read says (unreadable, damaged, not an image) */
    static byte[] make(Path file) throws ImageIoException {
        ImageDocument doc = Thumbnails.of(file, SIZE);
        PlanarImage p = doc.pixels();
        byte[] rgb = new byte[p.width() * p.height() * 3];
        new ColorConverter(doc.colorSpace()).toScreen(p, 0, 0, p.width(), p.height(), rgb, p.width() * 3);
        BufferedImage image = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[p.width()];
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int i = (y * p.width() + x) * 3;
                row[x] = (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | rgb[i + 2] & 0xFF;
            }
            image.setRGB(0, y, p.width(), 1, row, 0, p.width());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException("The JDK's JPEG writer failed on an in-memory image", e);
        }
        return out.toByteArray();
    }
}
