package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Listing a folder's images goes by the name (the headless commands, the import); reading goes by the bytes. */
class FormatByNameTest {

    @Test
    void theExtensionNamesTheFormatInAnyCase() {
        assertEquals(Optional.of("jpeg"), ImageFiles.formatByName(Path.of("shoot/IMG_0001.JPG")));
        assertEquals(Optional.of("jpeg"), ImageFiles.formatByName(Path.of("a.jpeg")));
        assertEquals(Optional.of("tiff"), ImageFiles.formatByName(Path.of("scan.tif")));
        assertEquals(Optional.of("tiff"), ImageFiles.formatByName(Path.of("scan.TIFF")));
        assertEquals(Optional.of("png"), ImageFiles.formatByName(Path.of("cut-out.png")));
        assertEquals(Optional.of("psd"), ImageFiles.formatByName(Path.of("layers.psd")));
        assertEquals(Optional.of("webp"), ImageFiles.formatByName(Path.of("web.webp")));
    }

    @Test
    void sidecarsAndNamesWithoutAnImageExtensionAreNone() {
        assertEquals(Optional.empty(), ImageFiles.formatByName(Path.of("IMG_0001.JPG.xmp")));
        assertEquals(Optional.empty(), ImageFiles.formatByName(Path.of("README")));
        assertEquals(Optional.empty(), ImageFiles.formatByName(Path.of(".jpg")));
        assertEquals(Optional.empty(), ImageFiles.formatByName(Path.of("photo.heic")));
    }
}
