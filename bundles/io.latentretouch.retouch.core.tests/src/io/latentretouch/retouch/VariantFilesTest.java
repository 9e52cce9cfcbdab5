package io.latentretouch.retouch;

import static io.latentretouch.imaging.testing.Tools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;

/**
 * Variants of real files made by other tools: an oriented phone shot, a cut-out with soft alpha, a photo with a
 * Lightroom and a darktable sidecar; read back by exiftool where metadata is concerned.
 */
class VariantFilesTest {

    @TempDir
    Path dir;

    private SavedVariant retouchAndSave(Path original, Set<Market> markets) throws Exception {
        ImageDocument doc = ImageFiles.read(original);
        Recipe recipe = new Recipe("cover", "", List.of(new Step.Imperfection(1)));
        Retouched result = Samples.retoucher().apply(doc.pixels(), recipe, RetouchMasks.of(Samples.map(doc.pixels())), 3, RunMonitor.NONE);
        return Variants.save(original, doc, result, recipe, 3, markets);
    }

    @Test
    void aPhoneShotStoredSidewaysIsRetouchedAndLabelledUprightAndItsVariantSaysOrientationOne() throws Exception {
        Path astronaut = RealWorld.photo("astronaut.png");
        Path upright = dir.resolve("upright/look.jpg");
        Path sideways = dir.resolve("sideways/look.jpg");
        Files.createDirectories(upright.getParent());
        Files.createDirectories(sideways.getParent());
        run("convert", astronaut.toString(), "-quality", "92", "-sampling-factor", "1x1", upright.toString());
        // as a phone held upright stores it: the sensor's rows, turned a quarter counter-clockwise, tagged 6
        run("convert", astronaut.toString(), "-rotate", "270", "-quality", "92", "-sampling-factor", "1x1", sideways.toString());
        run("exiftool", "-q", "-overwrite_original", "-n", "-EXIF:Orientation=6", sideways.toString());

        SavedVariant a = retouchAndSave(upright, EnumSet.of(Market.NORWAY));
        SavedVariant b = retouchAndSave(sideways, EnumSet.of(Market.NORWAY));
        PlanarImage va = ImageFiles.read(a.file()).pixels();
        PlanarImage vb = ImageFiles.read(b.file()).pixels();
        assertTrue(meanDifference(va, vb) < 2 / 255.0, "the retouch lands where it does on the upright file: " + meanDifference(va, vb) * 255);
        Mask labelA = labelled(va, ImageFiles.read(a.labelled()).pixels());
        Mask labelB = labelled(vb, ImageFiles.read(b.labelled()).pixels());
        assertEquals(labelA.bounds(), labelB.bounds(), "the burned label is in the same corner of the upright frame");
        assertTrue(labelB.bounds().y() > vb.height() / 2 && labelB.bounds().x() < vb.width() / 2, "lower left: " + labelB.bounds());
        for (Path variant : List.of(b.file(), b.labelled())) {
            assertEquals("1", run("exiftool", "-s3", "-n", "-EXIF:Orientation", variant.toString()), variant + " EXIF");
            assertEquals("1", run("exiftool", "-s3", "-n", "-XMP-tiff:Orientation", variant.toString()), variant + " XMP");
        }
    }

    /** Where the labelled copy differs from the variant. */
    private static Mask labelled(PlanarImage clean, PlanarImage burned) {
        float[] m = new float[clean.width() * clean.height()];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.abs(clean.plane(1)[i] - burned.plane(1)[i]) > 0.15f ? 1 : 0;
        }
        return Mask.wrap(clean.width(), clean.height(), m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "tif"})
    void aCutOutKeepsItsSoftAlphaBitForBitThroughTheRetouch(String extension) throws Exception {
        Path cutOut = dir.resolve("cut-out." + extension);
        run("convert", RealWorld.photo("astronaut.png").toString(), "(", "-size", "512x512", "xc:black", "-fill", "white", "-draw",
                "ellipse 256,230 170,220 0,360", "-blur", "0x12", ")", "-alpha", "off", "-compose", "CopyOpacity", "-composite",
                "-depth", "16", cutOut.toString());
        ImageDocument source = ImageFiles.read(cutOut);
        SavedVariant saved = retouchAndSave(cutOut, Set.of());
        ImageDocument variant = ImageFiles.read(saved.file());
        assertTrue(saved.file().getFileName().toString().endsWith("." + extension), saved.file().toString());
        assertArrayEquals(source.alpha().values(), variant.alpha().values(), "alpha bit for bit");
        long soft = 0;
        for (float v : source.alpha().values()) {
            soft += v > 0.05f && v < 0.95f ? 1 : 0;
        }
        assertTrue(soft > 2000, "the edge is soft: " + soft + " partly transparent pixels");
        assertTrue(meanDifference(source.pixels(), variant.pixels()) > 0.0005, "the colour was retouched");
    }

    @Test
    void theVariantsSidecarCarriesLightroomsAndDarktablesFieldsIntactAndOurDisclosure() throws Exception {
        Path original = dir.resolve("look.jpg");
        run("convert", RealWorld.photo("astronaut.png").toString(), "-quality", "90", original.toString());
        Path lightroom = dir.resolve("look.xmp");
        Path darktable = dir.resolve("look.jpg.xmp");
        Files.writeString(lightroom, """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                   xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/" xmp:Rating="4" crs:Exposure2012="+0.35">
                  <dc:subject><rdf:Bag><rdf:li>spring-campaign</rdf:li><rdf:li>look 07</rdf:li></rdf:Bag></dc:subject>
                 </rdf:Description></rdf:RDF></x:xmpmeta>
                """);
        Files.writeString(darktable, """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:darktable="http://darktable.sf.net/" darktable:history_end="2">
                  <darktable:history><rdf:Seq>
                   <rdf:li darktable:operation="exposure" darktable:enabled="1" darktable:num="0"/>
                   <rdf:li darktable:operation="colorbalancergb" darktable:enabled="1" darktable:num="1"/>
                  </rdf:Seq></darktable:history>
                 </rdf:Description></rdf:RDF></x:xmpmeta>
                """);
        byte[] lightroomBefore = Files.readAllBytes(lightroom);
        byte[] darktableBefore = Files.readAllBytes(darktable);

        Path variant = retouchAndSave(original, EnumSet.of(Market.EU)).file();
        Path sidecar = variant.resolveSibling(variant.getFileName() + ".xmp");
        assertTrue(Files.isRegularFile(sidecar), "the variant has its sidecar");
        for (Path xmp : List.of(sidecar, variant)) {
            assertEquals("4", run("exiftool", "-s3", "-XMP-xmp:Rating", xmp.toString()), xmp + " rating");
            assertEquals("spring-campaign, look 07", run("exiftool", "-s3", "-XMP-dc:Subject", xmp.toString()), xmp + " keywords");
            assertEquals("+0.35", run("exiftool", "-s3", "-XMP-crs:Exposure2012", xmp.toString()), xmp + " Lightroom's setting");
            // exiftool lists the items of an unregistered namespace's structures as repeated tags: -a shows them all
            assertEquals("exposure\ncolorbalancergb", run("exiftool", "-a", "-s3", "-XMP-darktable:HistoryOperation", xmp.toString()),
                    xmp + " darktable's history");
            assertTrue(run("exiftool", "-s3", "-XMP-iptcExt:DigitalSourceType", xmp.toString()).startsWith("http://cv.iptc.org/newscodes/digitalsourcetype/"),
                    xmp + " our disclosure");
        }
        assertArrayEquals(lightroomBefore, Files.readAllBytes(lightroom), "the original's sidecars are only read");
        assertArrayEquals(darktableBefore, Files.readAllBytes(darktable));
    }

    private static double meanDifference(PlanarImage a, PlanarImage b) {
        assertEquals(a.width() + "×" + a.height(), b.width() + "×" + b.height());
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                sum += Math.abs(a.plane(c)[i] - b.plane(c)[i]);
            }
        }
        return sum / (3.0 * a.plane(0).length);
    }
}
