package io.latentretouch.batch.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.imaging.Mask;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.MaskFiles;

/** The main entry point the headless launcher calls, as an OSGi service on Equinox with the real inference bundles. */
class HeadlessMainTest {

    @Test
    void checkRunsEveryEmbeddedModelAndExitsZero() throws Exception {
        Headless.Result r = Headless.run("check");
        assertEquals(0, r.code(), r.text());
        assertTrue(r.text().contains("engine: ONNX Runtime 1.29"), r.text());
        assertTrue(r.text().contains("lr.skin-detail@1.0.0"), r.text());
    }

    @Test
    void checkVerifiesAFolderModelAndLoadsItsComponentsWithoutRunningThem() throws Exception {
        Path models = Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
        Path root = models.resolve("folder-check");
        ModelRegistry registry = Headless.registry();
        ByteBuffer onnx = registry.read(registry.require("lr.skin-detail"));
        byte[] component = new byte[onnx.remaining()];
        onnx.get(component);
        Map<String, Path> files = new TreeMap<>();
        files.put("folder-check/model_index.json", Files.writeString(Files.createDirectories(root).resolve("model_index.json"), "{}"));
        for (String c : List.of("text_encoder", "unet", "vae_decoder")) {
            files.put("folder-check/" + c + "/model.onnx", Files.write(Files.createDirectories(root.resolve(c)).resolve("model.onnx"), component));
        }
        StringBuilder pinned = new StringBuilder();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            if (!f.getKey().endsWith("model_index.json")) {
                pinned.append(pinned.isEmpty() ? "" : ", ").append('"').append(f.getKey()).append("\": \"").append(sha256(f.getValue())).append('"');
            }
        }
        Files.writeString(models.resolve("folder-check.json"), "{\"id\": \"folder-check\", \"version\": \"1\", \"task\": \"generation\", "
                + "\"family\": \"diffusers\", \"file\": \"folder-check/model_index.json\", \"sha256\": \"" + sha256(files.get("folder-check/model_index.json"))
                + "\", \"licence\": \"Apache-2.0\", \"source\": \"test\", \"origin\": \"algorithmic\", \"files\": {" + pinned + "}}");
        try {
            registry.refresh();
            Headless.Result r = Headless.run("check");
            assertEquals(0, r.code(), r.text());
            assertTrue(r.text().matches("(?s).*folder-check@1 +generation .*folder verified.*"), r.text());
            assertTrue(r.text().matches("(?s).*folder-check/unet@1 +denoiser .*not run \\(generate runs it\\).*"), r.text());

            Files.write(root.resolve("unet/model.onnx"), Arrays.copyOf(component, component.length - 1));
            registry.refresh();
            Headless.Result tampered = Headless.run("check");
            assertEquals(1, tampered.code(), tampered.text());
            assertTrue(tampered.text().contains("refused: Model file") && tampered.text().contains("folder-check/unet/model.onnx"), tampered.text());
        } finally {
            Files.delete(models.resolve("folder-check.json"));
            registry.refresh();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void unknownCommandsExitTwoListingTheKnownOnes() throws Exception {
        Headless.Result r = Headless.run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.text().contains("unknown command 'frobnicate', expected one of [bench, check, generate, inpaint, models, retouch]"), r.text());
    }

    @Test
    void theReportSaysWhatReadingDidToAFile(@TempDir Path dir) throws Exception {
        Path pages = dir.resolve("contact-prints.tif");
        // a two-page TIFF as ImageMagick writes one, of its built-in sample photo
        Process p = new ProcessBuilder("convert", "rose:", "rose:", "-flop", pages.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Headless.Result r = Headless.run("retouch", "--recipe", "editorial-natural", pages.toString());
        assertEquals(0, r.code(), r.text());
        assertTrue(r.text().contains("page 1 of 2 read"), r.text());
    }

    @Test
    void inpaintFillsARegionWithCandidatesEachLabelledWithItsMaskBesideIt(@TempDir Path dir) throws Exception {
        Path photo = magick(dir, "photo.png", "rose:", "-resize", "400%");
        Path mask = magick(dir, "mask.png", "-size", "280x184", "xc:black", "-fill", "white", "-draw", "rectangle 120,60 170,110");
        Headless.Result r = Headless.run("inpaint", "--mask", mask.toString(), "--candidates", "3", "--seed", "5", photo.toString());
        assertEquals(0, r.code(), r.text());
        BufferedImage before = ImageIO.read(photo.toFile());
        BufferedImage region = ImageIO.read(mask.toFile());
        for (long seed = 5; seed < 8; seed++) {
            Path variant = dir.resolve("photo.variants/photo-region-fill-" + seed + ".png");
            assertTrue(Files.isRegularFile(variant) && Files.isRegularFile(dir.resolve("photo.variants/photo-region-fill-" + seed + ".png.mask.png")), r.text());
            BufferedImage after = ImageIO.read(variant.toFile());
            int changed = 0;
            for (int y = 0; y < before.getHeight(); y++) {
                for (int x = 0; x < before.getWidth(); x++) {
                    boolean inside = (region.getRGB(x, y) & 0xff) > 0;
                    assertTrue(inside || before.getRGB(x, y) == after.getRGB(x, y), "pixel " + x + "," + y + " outside the mask is the original's");
                    changed += inside && before.getRGB(x, y) != after.getRGB(x, y) ? 1 : 0;
                }
            }
            assertTrue(changed > 1000, "the region was regenerated: " + changed + " pixels changed");
            assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicallyEnhanced", exiftool(variant, "-XMP-iptcExt:DigitalSourceType"));
            String sidecar = Files.readString(dir.resolve("photo.variants/photo-region-fill-" + seed + ".png.xmp"));
            assertTrue(sidecar.contains("region fill of ") && sidecar.contains(" px (mask sha256 "), "the mask's hash is in the provenance: " + sidecar);
        }
    }

    @Test
    void inpaintTakesEachImagesMaskFromAFolderAndScalesMasksOfAnotherSize(@TempDir Path dir) throws Exception {
        Path a = magick(dir, "a.png", "rose:", "-resize", "400%");
        Path b = magick(dir, "b.png", "rose:", "-resize", "400%", "-flop");
        Path masks = Files.createDirectory(dir.resolve("masks"));
        magick(masks, "a.png", "-size", "140x92", "xc:black", "-fill", "white", "-draw", "circle 70,46 70,60");
        magick(masks, "b_mask.tif", "-size", "100x100", "xc:black", "-fill", "white", "-draw", "rectangle 40,40 60,60");
        Headless.Result r = Headless.run("inpaint", "--mask", masks.toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.text());
        assertTrue(Files.isRegularFile(dir.resolve("a.variants/a-region-fill-20261128.png")), r.text());
        assertTrue(Files.isRegularFile(dir.resolve("b.variants/b-region-fill-20261128.png")), r.text());
        assertTrue(r.text().contains("b.png: warning: b_mask.tif is 100×100, the image 280×184"), r.text());
        assertFalse(r.text().contains("a.png: warning"), "the same aspect at half the size is no surprise: " + r.text());
    }

    @Test
    void inpaintRefusesMasksThatSelectNothingOrEverythingOrAreNoImagesAndWritesNothing(@TempDir Path dir) throws Exception {
        Path photo = magick(dir, "photo.png", "rose:");
        Path empty = magick(dir, "empty.png", "-size", "70x46", "xc:black");
        Path full = magick(dir, "full.png", "-size", "70x46", "xc:white");
        Path text = Files.writeString(dir.resolve("notes.png"), "not a mask");
        Headless.Result nothing = Headless.run("inpaint", "--mask", empty.toString(), photo.toString());
        assertEquals(1, nothing.code());
        assertTrue(nothing.text().contains("photo.png: FAILED: The mask selects nothing"), nothing.text());
        Headless.Result everything = Headless.run("inpaint", "--mask", full.toString(), photo.toString());
        assertTrue(everything.text().contains("The mask covers the whole image"), everything.text());
        Headless.Result noImage = Headless.run("inpaint", "--mask", text.toString(), photo.toString());
        assertEquals(1, noImage.code());
        assertTrue(noImage.text().contains("photo.png: FAILED: ") && noImage.text().contains("notes.png"), noImage.text());
        assertFalse(Files.exists(dir.resolve("photo.variants/photo-region-fill-20261128.png")), "no variant was written");
        Headless.Result usage = Headless.run("inpaint", photo.toString());
        assertEquals(2, usage.code());
        assertTrue(usage.text().contains("--mask FILE|FOLDER is required"), usage.text());
    }

    @Test
    void inpaintKeepsA16BitSourcesAlphaAndFillsHolesAtTheBorderAndOnePixelWide(@TempDir Path dir) throws Exception {
        Path photo = magick(dir, "deep.png", "rose:", "-resize", "400%", "-alpha", "set", "-channel", "A", "-evaluate", "set", "60%", "+channel",
                "-depth", "16");
        Path corner = magick(dir, "corner.png", "-size", "280x184", "xc:black", "-fill", "white", "-draw", "rectangle 0,0 39,29");
        Path line = magick(dir, "line.png", "-size", "280x184", "xc:black", "-fill", "white", "-draw", "line 140,20 140,160");
        for (Path mask : List.of(corner, line)) {
            Headless.Result r = Headless.run("inpaint", "--mask", mask.toString(), "--seed", mask.equals(corner) ? "1" : "2", photo.toString());
            assertEquals(0, r.code(), r.text());
            Path variant = dir.resolve("deep.variants/deep-region-fill-" + (mask.equals(corner) ? 1 : 2) + ".png");
            ImageDocument before = ImageFiles.read(photo);
            ImageDocument after = ImageFiles.read(variant);
            assertEquals(16, after.bitsPerSample(), "a 16-bit source gives a 16-bit variant");
            assertArrayEquals(before.alpha().values(), after.alpha().values(), "its alpha untouched");
            Mask region = MaskFiles.read(mask, 280, 184).mask();
            int changed = 0;
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < region.values().length; i++) {
                    boolean inside = region.values()[i] > 0;
                    assertTrue(inside || before.pixels().plane(c)[i] == after.pixels().plane(c)[i], mask.getFileName() + ": pixel " + i + " is the original's");
                    changed += inside && before.pixels().plane(c)[i] != after.pixels().plane(c)[i] ? 1 : 0;
                }
            }
            assertTrue(changed > 0, mask.getFileName() + ": the region was regenerated");
        }
    }

    private static Path magick(Path dir, String name, String... args) throws Exception {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("convert"));
        command.addAll(List.of(args));
        command.add(out.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return out;
    }

    private static String exiftool(Path file, String tag) throws Exception {
        Process p = new ProcessBuilder("exiftool", "-s3", tag, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
