package io.latentretouch.batch.internal.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/** 8-bit PNG files of benchmark inputs for the anchor tools. */
final class Png {

    private Png() {
    }

    static void write(PlanarImage image, Path file) throws IOException {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                b.setRGB(x, y, byteOf(image.get(0, x, y)) << 16 | byteOf(image.get(1, x, y)) << 8 | byteOf(image.get(2, x, y)));
            }
        }
        ImageIO.write(b, "png", file.toFile());
    }

    static void write(Mask mask, Path file) throws IOException {
        BufferedImage b = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                b.getRaster().setSample(x, y, 0, mask.get(x, y) > 0 ? 255 : 0);
            }
        }
        ImageIO.write(b, "png", file.toFile());
    }

    private static int byteOf(float v) {
        return Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
    }
}
