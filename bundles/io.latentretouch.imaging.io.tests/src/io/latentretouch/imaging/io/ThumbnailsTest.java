package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.imaging.color.StandardProfile;

class ThumbnailsTest {

    @TempDir
    Path dir;

    @Test
    void aThumbnailHasTheRequestedLongSideTheSourceProfileAndItsColours() throws Exception {
        PlanarImage big = Fixtures.gradient(2000, 1200);
        Path file = dir.resolve("big.tif");
        byte[] p3 = StandardProfile.DISPLAY_P3.iccBytes();
        ImageFiles.write(new ImageDocument(big, p3, 16, "tiff", null), file, WriteOptions.of(OutputFormat.TIFF));
        ImageDocument thumb = Thumbnails.of(file, 256);
        assertEquals(256, thumb.pixels().width());
        assertEquals(154, thumb.pixels().height());
        assertArrayEquals(p3, thumb.iccProfile());
        PlanarImage reference = Resample.resize(big, 256, 154);
        assertEquals(0, ReadFormatsTest.meanDifference(reference, thumb.pixels()), 0.01);
    }

    @Test
    void smallImagesAreNotEnlarged() throws Exception {
        ImageDocument thumb = Thumbnails.of(Fixtures.copy("base.png", dir), 256);
        assertEquals(64, thumb.pixels().width());
    }
}
