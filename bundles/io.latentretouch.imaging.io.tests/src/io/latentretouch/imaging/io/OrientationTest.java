package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.testing.RealWorld;

/**
 * The eight EXIF orientations of a real photo, stored turned by ImageMagick and tagged by exiftool as a camera
 * would, decode to the same upright pixels; so does an XMP-only {@code tiff:Orientation}.
 */
class OrientationTest {

    @TempDir
    static Path dir;
    static PlanarImage upright;
    static Path uprightPng;

    @BeforeAll
    static void theUprightPhoto() throws Exception {
        // not square, so a decode that forgets to swap width and height cannot pass
        uprightPng = dir.resolve("upright.png");
        Corpus.run(List.of("convert", RealWorld.photo("astronaut.png").toString(), "-crop", "320x240+100+20", "+repage", "-strip",
                uprightPng.toString()));
        upright = ImageFiles.read(uprightPng).pixels();
    }

    /** The file a camera holding the frame this way writes: pixels as the sensor saw them, the tag saying how to turn them. */
    private static Path stored(int orientation, String extension, String tag) throws Exception {
        Path file = dir.resolve("o" + orientation + "-" + tag.replace(':', '-') + "." + extension);
        String[] inverse = {"", "", "-flop", "-rotate 180", "-flip", "-transpose", "-rotate 270", "-transverse", "-rotate 90"};
        List<String> command = new java.util.ArrayList<>(List.of("convert", uprightPng.toString()));
        if (!inverse[orientation].isEmpty()) {
            command.addAll(List.of(inverse[orientation].split(" ")));
        }
        command.addAll(List.of("-quality", "95", file.toString()));
        Corpus.run(command);
        Corpus.run(List.of("exiftool", "-q", "-overwrite_original", "-n", "-" + tag + "=" + orientation, file.toString()));
        return file;
    }

    @ParameterizedTest(name = "orientation {0} in {1}")
    @CsvSource({"1,png", "2,png", "3,png", "4,png", "5,png", "6,png", "7,png", "8,png", "1,tif", "2,tif", "3,tif", "4,tif", "5,tif",
        "6,tif", "7,tif", "8,tif"})
    void everyExifOrientationOfALosslessFileDecodesToTheUprightPixelsExactly(int orientation, String extension) throws Exception {
        ImageDocument doc = ImageFiles.read(stored(orientation, extension, "EXIF:Orientation"));
        assertEquals(0, ReadFormatsTest.maxDifference(upright, doc.pixels()), 1e-6);
        assertEquals(orientation == 1 ? List.of() : List.of("turned upright (EXIF orientation " + orientation + ")"), doc.notes());
    }

    @ParameterizedTest(name = "orientation {0} in a JPEG")
    @CsvSource({"2", "3", "4", "5", "6", "7", "8"})
    void everyExifOrientationOfAJpegDecodesUpright(int orientation) throws Exception {
        PlanarImage asStored = ImageFiles.read(stored(1, "jpg", "EXIF:Orientation")).pixels();
        ImageDocument doc = ImageFiles.read(stored(orientation, "jpg", "EXIF:Orientation"));
        double turned = ReadFormatsTest.meanDifference(asStored, doc.pixels());
        assertTrue(turned < 1.5 / 255, "the turned JPEG decodes to the upright frame, up to its own compression: " + turned * 255 + "/255");
    }

    @Test
    void anXmpOnlyOrientationIsAppliedToo() throws Exception {
        ImageDocument doc = ImageFiles.read(stored(6, "png", "XMP-tiff:Orientation"));
        assertEquals(0, ReadFormatsTest.maxDifference(upright, doc.pixels()), 1e-6);
    }
}
