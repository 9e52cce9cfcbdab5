package io.latentretouch.inference.models.internal.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.DefaultModelIds;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.Inpainter;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.models.TileSpec;
import io.latentretouch.inference.models.TiledRequest;
import io.latentretouch.inference.testing.Services;

/** The adapters for each model family, on tiny models of exactly that family's layout. */
class AdaptersTest {

    private static final int SIZE = 600;
    private static final PlanarImage PORTRAIT = SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[1], 0, 2).image();

    private static ModelAdapters adapters() throws Exception {
        return Services.await(ModelAdapters.class);
    }

    /** A disk of radius 20 at (300, 280). */
    private static Mask hole() {
        Mask m = Mask.empty(SIZE, SIZE);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                m.values()[y * SIZE + x] = Math.hypot(x - 300, y - 280) <= 20 ? 1f : 0f;
            }
        }
        return m;
    }

    /**
     * Inside the hole's core the fake model's value; beyond the paste-back edge (hole radius 20, grown by 3 and
     * softened by a 2-pixel Gaussian, so less than 16 pixels even along a diagonal) the original, bit for bit.
     */
    private static void assertFilled(Inpainter inpainter, float expected) throws Exception {
        PlanarImage out = inpainter.inpaint(PORTRAIT, hole(), 1, RunMonitor.NONE);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double d = Math.hypot(x - 300, y - 280);
                for (int c = 0; c < 3; c++) {
                    if (d <= 12) {
                        assertEquals(expected, out.get(c, x, y), 2e-3, "hole pixel " + x + "," + y);
                    } else if (d > 36) {
                        assertEquals(Float.floatToIntBits(PORTRAIT.get(c, x, y)), Float.floatToIntBits(out.get(c, x, y)),
                                "pixel " + x + "," + y + " outside the hole changed");
                    }
                }
            }
        }
    }

    @Test
    void lamaAtItsFixedResolutionWithOutputsUpTo255() throws Exception {
        assertFilled(adapters().inpainter(Fixtures.lama()), Fixtures.GREY);
    }

    @Test
    void lamaWithOneFourChannelInput() throws Exception {
        assertFilled(adapters().inpainter(Fixtures.lama4()), Fixtures.GREY);
    }

    @Test
    void miganWithUint8AndAnInvertedMask() throws Exception {
        assertFilled(adapters().inpainter(Fixtures.migan()), 128 / 255f);
    }

    @Test
    void theEmbeddedFillWorksOnATinyImage() throws Exception {
        ModelDescriptor fill = Services.await(ModelRegistry.class).require(DefaultModelIds.INPAINT_FILL);
        // an even patch of skin with a gentle gradient, and a bright speck to fill
        PlanarImage tiny = PlanarImage.create(24, 24, 3);
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 24; x++) {
                for (int c = 0; c < 3; c++) {
                    tiny.set(c, x, y, SyntheticSkin.TONES[0][c] * (0.9f + 0.004f * x));
                }
            }
        }
        Mask hole = Mask.empty(24, 24);
        hole.values()[12 * 24 + 12] = 1f;
        tiny.set(0, 12, 12, 1f);
        PlanarImage out = adapters().inpainter(fill).inpaint(tiny, hole, 3, RunMonitor.NONE);
        assertTrue(Math.abs(out.get(0, 12, 12) - tiny.get(0, 11, 12)) < 0.1, "a one-pixel hole is filled from its neighbours");
    }

    /** 300 × 200, the left half one colour, the right half another. */
    private static PlanarImage halves(float[] left, float[] right) {
        PlanarImage img = PlanarImage.create(300, 200, 3);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                for (int c = 0; c < 3; c++) {
                    img.set(c, x, y, x < 150 ? left[c] : right[c]);
                }
            }
        }
        return img;
    }

    @Test
    void biSeNetLogitsBecomeASoftSkinMask() throws Exception {
        PlanarImage img = halves(new float[] {0.8f, 0.6f, 0.5f}, new float[] {0.2f, 0.3f, 0.8f});
        Mask skin = adapters().skinSegmenter(Fixtures.bisenet()).skin(img, RunMonitor.NONE);
        assertEquals(300, skin.width());
        assertTrue(skin.get(40, 100) > 0.95f && skin.get(260, 100) < 0.05f, skin.get(40, 100) + " / " + skin.get(260, 100));
    }

    @Test
    void theClothClassOfBiSeNetFindsGarments() throws Exception {
        PlanarImage img = halves(new float[] {0.8f, 0.6f, 0.5f}, new float[] {0.2f, 0.8f, 0.3f});
        Mask cloth = adapters().garmentSegmenter(Fixtures.bisenet()).mask(img, RunMonitor.NONE);
        assertTrue(cloth.get(260, 100) > 0.95f && cloth.get(40, 100) < 0.05f, cloth.get(260, 100) + " / " + cloth.get(40, 100));
        InferenceException e = assertThrows(InferenceException.class, () -> adapters().garmentSegmenter(Fixtures.lama()));
        assertEquals(Code.CONTRACT_MISMATCH, e.code());
    }

    @Test
    void partsOfBiSeNetAreMaskedAloneOrTogether() throws Exception {
        PlanarImage img = halves(new float[] {0.12f, 0.09f, 0.07f}, new float[] {0.8f, 0.6f, 0.5f});
        ModelDescriptor parser = Fixtures.bisenet();
        Mask hair = adapters().partSegmenter(parser, EnumSet.of(FacePart.HAIR)).mask(img, RunMonitor.NONE);
        assertTrue(hair.get(40, 100) > 0.95f && hair.get(260, 100) < 0.05f, hair.get(40, 100) + " / " + hair.get(260, 100));
        Mask head = adapters().partSegmenter(parser, EnumSet.of(FacePart.HAIR, FacePart.SKIN)).mask(img, RunMonitor.NONE);
        assertTrue(head.get(40, 100) > 0.95f && head.get(260, 100) > 0.95f, head.get(40, 100) + " / " + head.get(260, 100));
        Mask background = adapters().partSegmenter(parser, EnumSet.of(FacePart.BACKGROUND)).mask(img, RunMonitor.NONE);
        assertTrue(background.get(40, 100) < 0.05f && background.get(260, 100) < 0.05f, "neither half is background");
        assertThrows(IllegalArgumentException.class, () -> adapters().partSegmenter(parser, EnumSet.noneOf(FacePart.class)));
        InferenceException e = assertThrows(InferenceException.class, () -> adapters().partSegmenter(Fixtures.lama(), EnumSet.of(FacePart.HAIR)));
        assertEquals(Code.CONTRACT_MISMATCH, e.code());
    }

    @Test
    void aFaceDetectorThatIsNotBlazeFacesLayoutIsRefusedNamingTheTensor() throws Exception {
        try {
            InferenceException e = assertThrows(InferenceException.class, () -> adapters().faceDetector(List.of(Fixtures.wrongBlazeFace())));
            assertEquals(Code.CONTRACT_MISMATCH, e.code());
            assertTrue(e.getMessage().contains("'input:0'") && e.getMessage().contains("[1,3,128,128]") && e.getMessage().contains("[1,S,S,3]"),
                    e.getMessage());
            assertThrows(InferenceException.class, () -> adapters().faceDetector(List.of(Fixtures.lama())));
        } finally {
            Fixtures.uninstall("fixture.blazeface-nchw");
        }
    }

    @Test
    void realEsrganRunsInTilesAtItsScale() throws Exception {
        PlanarImage img = random(700, 300);
        var upscaler = adapters().upscaler(Fixtures.realEsrgan());
        assertEquals(4, upscaler.scale());
        PlanarImage big = upscaler.upscale(img, RunMonitor.NONE);
        assertEquals(2800, big.width());
        for (int y = 0; y < big.height(); y += 3) {
            for (int x = 0; x < big.width(); x += 3) {
                assertEquals(img.get(2, x / 4, y / 4), big.get(2, x, y), 1e-6f, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void tilingAModelWhoseReceptiveFieldFitsTheGuardChangesNothing() throws Exception {
        ModelDescriptor blur = Fixtures.blur();
        PlanarImage img = random(300, 200);
        Map<String, Tensor> whole = Services.await(InferenceService.class).run(blur, Map.of("image", ImageTensors.of(img)), RunMonitor.NONE);
        PlanarImage expected = ImageTensors.image(whole.get("output"));
        PlanarImage tiled = adapters().runTiled(blur, request(img, new TileSpec(64, 16, 8)), RunMonitor.NONE);
        assertTrue(maxDiff(expected, tiled) <= 1e-5, "max difference " + maxDiff(expected, tiled));
    }

    @Test
    void tiledSkinDetailStaysCloseToTheWholeImage() throws Exception {
        ModelDescriptor skin = Services.await(ModelRegistry.class).require(DefaultModelIds.SKIN_DETAIL);
        PlanarImage img = SyntheticSkin.portrait(640, SyntheticSkin.TONES[2], 6, 4).image();
        Mask all = Mask.full(640, 640);
        // a face of 64 pixels between the eyes: the model reaches 1.23 IODs, 79 pixels; the guard is more
        Map<String, Tensor> constants = Map.of("level", Tensor.ofFloats(new float[] {1f}, 1), "iod", Tensor.ofFloats(new float[] {64f}, 1),
                "contrast", Tensor.ofFloats(new float[] {0.005f}, 1));
        PlanarImage whole = adapters().runTiled(skin, new TiledRequest(Map.of("image", img, "mask", all.asImage()), Map.of("grain", 9L),
                constants, "output", 3, 1, new TileSpec(1024, 96, 64)), RunMonitor.NONE);
        PlanarImage tiled = adapters().runTiled(skin, new TiledRequest(Map.of("image", img, "mask", all.asImage()), Map.of("grain", 9L),
                constants, "output", 3, 1, new TileSpec(256, 116, 84)), RunMonitor.NONE);
        System.out.printf("skin detail, 640² in 256-pixel tiles vs one tile: max difference %.2e%n", maxDiff(whole, tiled));
        assertTrue(maxDiff(whole, tiled) < 2e-3, "max difference " + maxDiff(whole, tiled));
    }

    @Test
    void cancellingStopsBetweenTiles() throws Exception {
        AtomicInteger tiles = new AtomicInteger();
        RunMonitor monitor = new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return tiles.get() >= 2;
            }

            @Override
            public void worked(long done, long total) {
                tiles.set((int) done);
            }
        };
        InferenceException e = assertThrows(InferenceException.class,
                () -> adapters().runTiled(Fixtures.blur(), request(random(300, 200), new TileSpec(64, 16, 8)), monitor));
        assertEquals(Code.CANCELLED, e.code());
        assertEquals(2, tiles.get());
    }

    @Test
    void aModelOfAnotherFamilyIsRefusedNamingTheSupportedOnes() throws Exception {
        InferenceException e = assertThrows(InferenceException.class, () -> adapters().upscaler(Fixtures.lama()));
        assertEquals(Code.CONTRACT_MISMATCH, e.code());
        assertEquals("Model 'fixture.lama' has family 'lama'; upscaling supports the families realesrgan", e.getMessage());
    }

    private static TiledRequest request(PlanarImage img, TileSpec tiles) {
        return new TiledRequest(Map.of("image", img), Map.of(), Map.of(), "output", 3, 1, tiles);
    }

    private static PlanarImage random(int w, int h) {
        Random r = new Random(w * 31L + h);
        PlanarImage img = PlanarImage.create(w, h, 3);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < w * h; i++) {
                img.plane(c)[i] = r.nextFloat();
            }
        }
        return img;
    }

    private static double maxDiff(PlanarImage a, PlanarImage b) {
        double m = 0;
        for (int c = 0; c < a.channels(); c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                m = Math.max(m, Math.abs(a.plane(c)[i] - b.plane(c)[i]));
            }
        }
        return m;
    }
}
