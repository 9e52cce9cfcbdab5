package io.latentretouch.inference.models.internal.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.inference.models.DefaultModelIds;

class SkinDetailModelTest {

    private static final int SIZE = 256;
    private static final SkinSample PORTRAIT = SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[1], 6, 11);

    private static PlanarImage at(float level, Mask mask, long seed) throws Exception {
        return ModelRun.of(DefaultModelIds.SKIN_DETAIL).image("image", PORTRAIT.image()).mask("mask", mask).value("level", level)
                .noise("grain", seed, SIZE, SIZE).output();
    }

    @Test
    void theNeutralLevelIsAnExactIdentity() throws Exception {
        PlanarImage out = at(3f, Mask.full(SIZE, SIZE), 1);
        assertTrue(Measure.identicalOutside(out, PORTRAIT.image(), Mask.empty(SIZE, SIZE)), "level 3 must return the input bit for bit");
    }

    @Test
    void detailEnergyUnderTheMaskRisesWithTheLevel() throws Exception {
        double previous = -1;
        for (float level = 1f; level <= 5f; level += 0.25f) {
            double energy = Measure.highPassEnergy(at(level, PORTRAIT.skin(), 1), PORTRAIT.skin(), 2);
            assertTrue(energy > previous, "energy at level " + level + " is " + energy + ", not above " + previous);
            previous = energy;
        }
    }

    @Test
    void aHundredthOfALevelChangesNoPixelMuch() throws Exception {
        for (float level : new float[] {1f, 2.5f, 3f, 3.99f, 4.5f}) {
            double step = Measure.maxAbsDifference(at(level, PORTRAIT.skin(), 1), at(level + 0.01f, PORTRAIT.skin(), 1));
            assertTrue(step < 0.004, "level " + level + " → +0.01 changed a pixel by " + step);
        }
    }

    @Test
    void aSmoothedFaceKeepsItsOutline() throws Exception {
        // deep skin before a lighter backdrop: a blur across the edge would lighten the skin along it
        SkinSample deep = SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[3], 0, 5);
        Mask skin = deep.skin();
        Mask inner = Masks.erode(skin, 12);
        float[] rim = skin.values().clone();
        float[] core = Masks.erode(skin, 4).values();
        for (int i = 0; i < rim.length; i++) {
            rim[i] = rim[i] > 0 && core[i] == 0 ? 1f : 0f;
        }
        Mask edge = Mask.wrap(SIZE, SIZE, rim);
        PlanarImage smooth = ModelRun.of(DefaultModelIds.SKIN_DETAIL).image("image", deep.image()).mask("mask", skin).value("level", 1f)
                .noise("grain", 1, SIZE, SIZE).output();
        double contrast = Measure.meanLuma(deep.image(), Measure.invert(skin)) - Measure.meanLuma(deep.image(), inner);
        double lightened = Measure.meanLuma(smooth, edge) - Measure.meanLuma(deep.image(), edge);
        System.out.printf("level 1 lightens the skin along the outline by %.4f, %.1f %% of the skin-backdrop contrast%n", lightened,
                100 * lightened / contrast);
        assertTrue(Math.abs(lightened) < 0.02 * contrast, "the outline's skin moved by " + lightened + " against a contrast of " + contrast);
    }

    @Test
    void pixelsOutsideTheMaskAreBitIdentical() throws Exception {
        for (float level : new float[] {1f, 5f}) {
            assertTrue(Measure.identicalOutside(at(level, PORTRAIT.skin(), 3), PORTRAIT.image(), PORTRAIT.skin()), "level " + level);
        }
    }

    @Test
    void grainIsReproduciblePerSeedAndOnlyAboveLevelFour() throws Exception {
        assertEquals(0, Measure.maxAbsDifference(at(5f, PORTRAIT.skin(), 7), at(5f, PORTRAIT.skin(), 7)));
        assertTrue(Measure.maxAbsDifference(at(5f, PORTRAIT.skin(), 7), at(5f, PORTRAIT.skin(), 8)) > 0.01, "another seed, other grain");
        assertEquals(0, Measure.maxAbsDifference(at(3.5f, PORTRAIT.skin(), 7), at(3.5f, PORTRAIT.skin(), 8)), "no grain below level 4");
        assertFalse(Measure.identicalOutside(at(4.5f, PORTRAIT.skin(), 7), at(4.5f, PORTRAIT.skin(), 8), Mask.empty(SIZE, SIZE)));
    }
}
