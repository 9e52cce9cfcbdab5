package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.StandardProfile;

/** What we write comes back exactly: 16-bit pixels, profile bytes, and the encoding of an Adobe RGB source. */
class RoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"PNG", "TIFF"})
    void sixteenBitPixelsAndTheProfileComeBackExactly(OutputFormat format) throws Exception {
        byte[] p3 = StandardProfile.DISPLAY_P3.iccBytes();
        PlanarImage pixels = Fixtures.random16(97, 61, 3);
        Path file = dir.resolve("variant." + format.extension());
        ImageFiles.write(new ImageDocument(pixels, p3, 16, "tiff", null), file, WriteOptions.of(format));
        ImageDocument back = ImageFiles.read(file);
        assertEquals(16, back.bitsPerSample());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(pixels.plane(c), back.pixels().plane(c), format + " channel " + c);
        }
        assertArrayEquals(p3, back.iccProfile(), "profile bytes identical");
        assertArrayEquals(p3, Imaging.getIccProfileBytes(file.toFile()), "a second reader finds the same profile");
        assertEquals("Display P3", back.colorSpace().name());
    }

    @Test
    void adobeRgbStaysAdobeRgbThroughAJpegWrite() throws Exception {
        byte[] adobe = StandardProfile.ADOBE_RGB.iccBytes();
        PlanarImage pixels = Fixtures.gradient(160, 120);
        Path file = dir.resolve("variant.jpg");
        ImageFiles.write(new ImageDocument(pixels, adobe, 8, "jpeg", null), file, WriteOptions.of(OutputFormat.JPEG));
        ImageDocument back = ImageFiles.read(file);
        assertArrayEquals(adobe, back.iccProfile(), "the Adobe RGB profile is embedded unchanged");
        assertEquals("Adobe RGB (1998)", back.colorSpace().name());
        // the values were stored as they are, not converted to sRGB (which would move them by up to 0.1)
        assertTrue(ReadFormatsTest.meanDifference(pixels, back.pixels()) < 0.004, "mean difference " + ReadFormatsTest.meanDifference(pixels, back.pixels()));
    }

    @Test
    void anUntaggedImageStaysUntagged() throws Exception {
        Path file = dir.resolve("srgb.png");
        ImageFiles.write(new ImageDocument(Fixtures.random16(8, 8, 1), null, 16, "png", null), file, WriteOptions.of(OutputFormat.PNG));
        assertEquals(null, ImageFiles.read(file).iccProfile());
    }
}
