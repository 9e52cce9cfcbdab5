package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.latentretouch.imaging.PlanarImage;

/** Every supported input decodes to the pixels another tool wrote: ImageMagick made the fixtures from base.png. */
class ReadFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"base.png,png,8", "psd.psd,psd,8", "lossless.webp,webp,8", "lzw-predictor-16.tif,tiff,16", "deflate-16.tif,tiff,16"})
    void losslessFormatsDecodeToTheSourcePixels(String name, String format, int bits) throws Exception {
        PlanarImage base = ImageFiles.read(Fixtures.copy("base.png", dir.resolve("ref").toFile().mkdir() ? dir.resolve("ref") : dir)).pixels();
        ImageDocument doc = ImageFiles.read(Fixtures.copy(name, dir));
        assertEquals(format, doc.format());
        assertEquals(bits, doc.bitsPerSample());
        assertEquals(64, doc.pixels().width());
        assertEquals(48, doc.pixels().height());
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 64 * 48; i++) {
                assertEquals(base.plane(c)[i], doc.pixels().plane(c)[i], 1e-6f, name + " channel " + c + " pixel " + i);
            }
        }
    }

    @Test
    void lossyWebpAndCmykJpegDecodeToRgbCloseToTheSource() throws Exception {
        PlanarImage base = ImageFiles.read(Fixtures.copy("base.png", dir)).pixels();
        for (String name : new String[] {"lossy.webp", "cmyk.jpg"}) {
            ImageDocument doc = ImageFiles.read(Fixtures.copy(name, dir));
            assertEquals(3, doc.pixels().channels());
            assertNull(doc.iccProfile(), name + ": converted pixels carry no source profile");
            assertTrue(meanDifference(base, doc.pixels()) < 0.12, name + " differs by " + meanDifference(base, doc.pixels()));
        }
    }

    @Test
    void greyAndAlphaSources() throws Exception {
        ImageDocument grey = ImageFiles.read(Fixtures.copy("gray.png", dir));
        assertEquals(grey.pixels().get(0, 10, 10), grey.pixels().get(2, 10, 10));
        ImageDocument rgba = ImageFiles.read(Fixtures.copy("rgba16.png", dir));
        assertNotNull(rgba.alpha());
        assertEquals(0.6f, rgba.alpha().get(5, 5), 0.01f);
    }

    @Test
    void progressiveJpeg() throws Exception {
        BufferedImage img = new BufferedImage(80, 60, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                img.setRGB(x, y, (x * 3) << 16 | (y * 4) << 8 | 128);
            }
        }
        Path file = dir.resolve("progressive.jpg");
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        ImageDocument doc = ImageFiles.read(file);
        assertEquals("jpeg", doc.format());
        assertEquals(128 / 255f, doc.pixels().get(2, 40, 30), 0.03f);
    }

    static double meanDifference(PlanarImage a, PlanarImage b) {
        assertEquals(a.width() + "×" + a.height(), b.width() + "×" + b.height(), "the same size");
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                sum += Math.abs(a.plane(c)[i] - b.plane(c)[i]);
            }
        }
        return sum / (3.0 * a.plane(0).length);
    }

    static double maxDifference(PlanarImage a, PlanarImage b) {
        assertEquals(a.width() + "×" + a.height(), b.width() + "×" + b.height(), "the same size");
        double max = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                max = Math.max(max, Math.abs(a.plane(c)[i] - b.plane(c)[i]));
            }
        }
        return max;
    }
}
