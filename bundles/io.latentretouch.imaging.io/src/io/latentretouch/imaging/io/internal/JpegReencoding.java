package io.latentretouch.imaging.io.internal;

import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;

import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.WriteOptions;

/**
 * The YCbCr samples a JPEG variant of a JPEG source is encoded from: where a pixel is the source's decoded pixel, the
 * source's own decoded YCbCr (so an unchanged block is requantized from the very samples its coefficients made, and
 * comes back nearly exactly), elsewhere the variant's RGB converted as JFIF prescribes. Without this, every pixel
 * makes the round trip YCbCr → RGB → YCbCr and its rounding, which the requantization then carries into every block.
 */
final class JpegReencoding {

    private JpegReencoding() {
    }

    /**
     * The samples, or null when the source is not a three-component YCbCr JPEG of the variant's upright size (an
     * Adobe RGB-transform or CMYK JPEG, a grey one, a crop) or its decoded pixels are not the variant's size.
     */
    static WritableRaster samples(ImageDocument variant, WriteOptions.JpegSource source) throws IOException {
        Raster ycc = rawYcc(source.file());
        int orientation = Orientation.of(source.file(), Format.JPEG);
        PlanarImage v = variant.pixels();
        PlanarImage s = source.decoded();
        if (ycc == null || ycc.getNumBands() != 3 || s.width() != v.width() || s.height() != v.height()) {
            return null;
        }
        float[][] own = new float[3][];
        for (int c = 0; c < 3; c++) {
            float[] band = ycc.getSamples(0, 0, ycc.getWidth(), ycc.getHeight(), c, new float[ycc.getWidth() * ycc.getHeight()]);
            own[c] = Orientation.upright(band, ycc.getWidth(), ycc.getHeight(), orientation);
        }
        if (own[0].length != v.width() * v.height()) {
            return null;
        }
        WritableRaster out = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, v.width(), v.height(), 3, null);
        IntStream.range(0, v.height()).parallel().forEach(y -> {
            int[] px = new int[3];
            for (int x = 0, i = y * v.width(); x < v.width(); x++, i++) {
                int r = level(v.plane(0)[i]);
                int g = level(v.plane(1)[i]);
                int b = level(v.plane(2)[i]);
                if (r == level(s.plane(0)[i]) && g == level(s.plane(1)[i]) && b == level(s.plane(2)[i])) {
                    px[0] = (int) own[0][i];
                    px[1] = (int) own[1][i];
                    px[2] = (int) own[2][i];
                } else {
                    px[0] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
                    px[1] = clamp(-0.168736 * r - 0.331264 * g + 0.5 * b + 128);
                    px[2] = clamp(0.5 * r - 0.418688 * g - 0.081312 * b + 128);
                }
                out.setPixel(x, y, px);
            }
        });
        return out;
    }

    /** The JDK reader's raw samples: after the inverse DCT and upsampling, before any colour conversion. */
    private static Raster rawYcc(Path source) throws IOException {
        ImageReader reader = null;
        try (FileImageInputStream in = new FileImageInputStream(source.toFile())) {
            reader = Codecs.jdkReader("jpeg");
            reader.setInput(in, true, true);
            javax.imageio.ImageTypeSpecifier raw = reader.getRawImageType(0);
            if (raw == null || raw.getColorModel().getColorSpace().getType() != java.awt.color.ColorSpace.TYPE_RGB
                    || raw.getNumBands() != 3) {
                return null;
            }
            return reader.readRaster(0, null);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static int level(float v) {
        return Math.round((v < 0 ? 0 : v > 1 ? 1 : v) * 255);
    }

    private static int clamp(double v) {
        long r = Math.round(v);
        return (int) (r < 0 ? 0 : r > 255 ? 255 : r);
    }
}
