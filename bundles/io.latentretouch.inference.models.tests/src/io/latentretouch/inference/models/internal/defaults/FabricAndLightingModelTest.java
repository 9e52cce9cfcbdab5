package io.latentretouch.inference.models.internal.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticFabric;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.inference.models.DefaultModelIds;

class FabricAndLightingModelTest {

    private static final PlanarImage FABRIC = SyntheticFabric.swatch(256, 192, new float[] {0.62f, 0.18f, 0.22f}, 5)[0];
    private static final Mask ALL = Mask.full(256, 192);

    private static PlanarImage pressed(float strength, Mask mask) throws Exception {
        return ModelRun.of(DefaultModelIds.FABRIC_DETAIL).image("image", FABRIC).mask("mask", mask).value("strength", strength).output();
    }

    @Test
    void fabricStrengthZeroIsAnExactIdentity() throws Exception {
        assertTrue(Measure.identicalOutside(pressed(0f, ALL), FABRIC, Mask.empty(256, 192)));
    }

    @Test
    void fullStrengthRemovesMostFoldsAndKeepsTheColour() throws Exception {
        PlanarImage out = pressed(1f, ALL);
        double before = Measure.bandEnergy(FABRIC, ALL, 3, 16);
        double after = Measure.bandEnergy(out, ALL, 3, 16);
        assertTrue(after < 0.3 * before, "fold energy " + before + " → " + after);
        for (int c = 0; c < 3; c++) {
            assertEquals(mean(FABRIC.plane(c)), mean(out.plane(c)), 0.01, "channel " + c);
        }
    }

    @Test
    void negativeStrengthDeepensFoldsOnlyUnderTheMask() throws Exception {
        Mask left = Mask.empty(256, 192);
        for (int y = 0; y < 192; y++) {
            for (int x = 0; x < 128; x++) {
                left.values()[y * 256 + x] = 1f;
            }
        }
        PlanarImage out = pressed(-0.5f, left);
        assertTrue(Measure.bandEnergy(out, left, 3, 16) > 1.5 * Measure.bandEnergy(FABRIC, left, 3, 16));
        assertTrue(Measure.identicalOutside(out, FABRIC, left));
    }

    private static final SkinSample FACE = SyntheticSkin.portrait(256, SyntheticSkin.TONES[0], 0, 3);

    private static PlanarImage lit(float glow, float key, float dx, float dy) throws Exception {
        return ModelRun.of(DefaultModelIds.LIGHTING).image("image", FACE.image()).mask("mask", FACE.skin()).value("glow", glow)
                .value("key", key).value("direction", dx, dy).output();
    }

    @Test
    void noLightIsAnExactIdentity() throws Exception {
        assertTrue(Measure.identicalOutside(lit(0f, 0f, 1f, 0f), FACE.image(), Mask.empty(256, 256)));
    }

    @Test
    void glowBrightensTheSkinAndLeavesTheBackdrop() throws Exception {
        PlanarImage out = lit(0.6f, 0f, 1f, 0f);
        assertTrue(Measure.meanLuma(out, FACE.skin()) > Measure.meanLuma(FACE.image(), FACE.skin()) + 0.03);
        assertTrue(Measure.identicalOutside(out, FACE.image(), FACE.skin()));
    }

    @Test
    void theKeyLightFollowsItsDirection() throws Exception {
        // the synthetic face is lit brighter towards +x: a key from +x reinforces it, one from −x fights it
        double base = Measure.meanLuma(FACE.image(), FACE.skin());
        assertTrue(Measure.meanLuma(lit(0f, 1f, 1f, 0f), FACE.skin()) > base + 0.005);
        assertTrue(Measure.meanLuma(lit(0f, 1f, -1f, 0f), FACE.skin()) < base - 0.005);
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f;
        }
        return s / v.length;
    }
}
