package io.latentretouch.inference.models.internal.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.Blemish;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticFabric;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.inference.models.DefaultModelIds;

class InpaintAndSkinMaskModelTest {

    private static final int SIZE = 256;

    @TempDir
    Path dir;

    /** Holes over the planted blemishes: disks of three spot radii. */
    static Mask holes(SkinSample s) {
        Mask m = Mask.empty(SIZE, SIZE);
        for (Blemish b : s.blemishes()) {
            int r = (int) Math.ceil(3 * b.radius());
            for (int y = b.y() - r; y <= b.y() + r; y++) {
                for (int x = b.x() - r; x <= b.x() + r; x++) {
                    if (Math.hypot(x - b.x(), y - b.y()) <= r) {
                        m.values()[y * SIZE + x] = 1f;
                    }
                }
            }
        }
        return m;
    }

    private static PlanarImage filled(SkinSample s, Mask hole, float grain, long seed) throws Exception {
        return ModelRun.of(DefaultModelIds.INPAINT_FILL).image("image", s.image()).mask("mask", hole).noise("noise", seed, SIZE, SIZE)
                .value("grain", grain).output();
    }

    /** Mean absolute error against the truth inside the hole, over the three channels. */
    private static double holeError(PlanarImage result, PlanarImage truth, Mask hole) {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < hole.values().length; i++) {
                if (hole.values()[i] > 0) {
                    sum += Math.abs(result.plane(c)[i] - truth.plane(c)[i]);
                    n++;
                }
            }
        }
        return sum / n;
    }

    @Test
    void pixelsOutsideTheHoleAreBitIdentical() throws Exception {
        SkinSample s = SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[2], 6, 21);
        Mask hole = holes(s);
        assertTrue(Measure.identicalOutside(filled(s, hole, 1f, 4), s.image(), hole));
    }

    @Test
    void holeErrorOnTheSyntheticBlemishSetIsAtMostOpenCvTelea() throws Exception {
        assumeTrue(System.getenv("CI") != null || InpaintAnchors.openCvAvailable(), "python3-opencv is not installed");
        double ours = 0;
        double telea = 0;
        for (int k = 0; k < SyntheticSkin.TONES.length; k++) {
            SkinSample s = SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[k], 8, 100 + k);
            Mask hole = holes(s);
            ours += holeError(filled(s, hole, 0f, 1), s.clean(), hole);
            telea += holeError(InpaintAnchors.telea(s.image(), hole, 3, dir).image(), s.clean(), hole);
        }
        System.out.printf("blemish set hole MAE: push-pull %.5f, OpenCV Telea %.5f%n", ours / 4, telea / 4);
        assertTrue(ours <= telea, "push-pull MAE " + ours / 4 + " vs Telea " + telea / 4);
    }

    @Test
    void regrainingGivesTheHoleTheRingsTexture() throws Exception {
        SkinSample s = SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[1], 8, 31);
        Mask hole = holes(s);
        Mask ring = ring(hole);
        double truth = Measure.highPassEnergy(s.image(), ring, 1.5);
        double smooth = Measure.highPassEnergy(filled(s, hole, 0f, 5), hole, 1.5);
        double grained = Measure.highPassEnergy(filled(s, hole, 1f, 5), hole, 1.5);
        assertTrue(smooth < 0.5 * truth, "a smooth fill has little texture: " + smooth + " vs ring " + truth);
        assertTrue(grained > 0.6 * truth && grained < 1.6 * truth, "re-grained " + grained + " vs ring " + truth);
        assertEquals(0, Measure.maxAbsDifference(filled(s, hole, 1f, 5), filled(s, hole, 1f, 5)), "same seed, same pixels");
    }

    /** A band of pixels just outside the hole. */
    private static Mask ring(Mask hole) {
        Mask grown = Masks.dilate(hole, 6);
        float[] v = grown.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = hole.values()[i] > 0 ? 0 : v[i];
        }
        return Mask.wrap(SIZE, SIZE, v);
    }

    /** The whole face: its bare skin and its features. */
    private static Mask face(SkinSample s) {
        float[] v = new float[s.skin().values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.skin().values()[i] > 0 || s.features().values()[i] > 0 ? 1f : 0f;
        }
        return Mask.wrap(s.skin().width(), s.skin().height(), v);
    }

    @Test
    void theSkinMaskFindsSkinOfEveryToneAlikeAndNotTheBackdrop() throws Exception {
        double least = 1;
        double most = 0;
        for (float[] tone : SyntheticSkin.TONES) {
            SkinSample s = SyntheticSkin.portrait(SIZE, tone, 4, 9);
            Mask mask = skinMask(s.image());
            double inside = mean(mask, s.skin());
            double outside = mean(mask, Measure.invert(face(s)));
            System.out.printf("skin mask, tone %.2f: %.3f on skin, %.4f on the backdrop%n", tone[0], inside, outside);
            assertTrue(inside > 0.85 && outside < 0.005, "tone " + tone[0] + ": skin " + inside + ", backdrop " + outside);
            assertTrue(softPixels(mask) > 0, "edges are soft");
            least = Math.min(least, inside);
            most = Math.max(most, inside);
        }
        assertTrue(most - least < 0.05, "every tone is skin to the same degree: " + least + " to " + most);
    }

    @Test
    void neutralGarmentsAreNotSkin() throws Exception {
        float[][] dyes = {{0.80f, 0.78f, 0.70f}, {0.95f, 0.90f, 0.80f}, {0.50f, 0.50f, 0.50f}, {0.62f, 0.16f, 0.22f}};
        for (float[] dye : dyes) {
            Mask mask = skinMask(SyntheticFabric.swatch(SIZE, SIZE, dye, 4)[0]);
            double mean = mean(mask, Mask.full(SIZE, SIZE));
            assertTrue(mean < 0.02, Arrays.toString(dye) + " fabric read as skin: " + mean);
        }
    }

    private static Mask skinMask(PlanarImage image) throws Exception {
        return Mask.wrap(SIZE, SIZE, ModelRun.of(DefaultModelIds.SKIN_MASK).image("image", image).output("mask").plane(0));
    }

    private static double mean(Mask values, Mask where) {
        double s = 0;
        double w = 0;
        for (int i = 0; i < values.values().length; i++) {
            s += values.values()[i] * where.values()[i];
            w += where.values()[i];
        }
        return s / w;
    }

    private static int softPixels(Mask m) {
        int n = 0;
        for (float v : m.values()) {
            n += v > 0.1f && v < 0.9f ? 1 : 0;
        }
        return n;
    }
}
