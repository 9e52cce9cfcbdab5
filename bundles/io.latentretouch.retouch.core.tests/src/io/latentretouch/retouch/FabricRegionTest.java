package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.SyntheticFabric;
import io.latentretouch.inference.RunMonitor;

/** Issue 9: the fabric step acts in its region and nowhere else; without one it is skipped, and says so. */
class FabricRegionTest {

    private static final int SIZE = 256;
    private static final PlanarImage LINEN = SyntheticFabric.swatch(SIZE, SIZE, new float[] {0.8f, 0.78f, 0.7f}, 8)[0];
    private static final RetouchMasks NO_SKIN = new RetouchMasks(Mask.empty(SIZE, SIZE), List.of(), null);

    private static Retouched press(FabricRegion region, RetouchMasks masks) throws Exception {
        return Samples.retoucher().apply(LINEN, new Recipe("press", "", List.of(new Step.Fabric(1, region))), masks, 1, RunMonitor.NONE);
    }

    @Test
    void withoutARegionTheStepIsSkippedAndTheResultSaysWhy() throws Exception {
        Retouched r = press(FabricRegion.GIVEN, NO_SKIN);
        assertSame(LINEN, r.image(), "nothing was computed");
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("no fabric region was given"), r.notes().get(0));
        assertTrue(r.edits().isEmpty());
    }

    @Test
    void garmentsNeedAnInstalledSegmentationModel() throws Exception {
        Retouched r = press(FabricRegion.GARMENTS, NO_SKIN);
        assertSame(LINEN, r.image());
        assertTrue(r.notes().get(0).contains("face-parsing model"), r.notes().get(0));
    }

    @Test
    void aGivenRegionIsPressedAndOutsideItNothingChanges() throws Exception {
        Mask left = Mask.empty(SIZE, SIZE);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE / 2; x++) {
                left.values()[y * SIZE + x] = 1f;
            }
        }
        PlanarImage out = press(FabricRegion.GIVEN, NO_SKIN.withFabric(left)).image();
        int changed = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    int i = y * SIZE + x;
                    if (x >= SIZE / 2) {
                        assertEquals(Float.floatToIntBits(LINEN.plane(c)[i]), Float.floatToIntBits(out.plane(c)[i]), "pixel " + x + "," + y);
                    } else if (out.plane(c)[i] != LINEN.plane(c)[i]) {
                        changed++;
                    }
                }
            }
        }
        assertTrue(changed > SIZE * SIZE, "the region's folds were pressed: " + changed);
        assertNotEquals(LINEN, press(FabricRegion.WHOLE_IMAGE, NO_SKIN).image(), "the whole image is a region of its own");
    }
}
