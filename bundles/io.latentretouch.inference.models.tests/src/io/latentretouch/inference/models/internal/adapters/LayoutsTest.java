package io.latentretouch.inference.models.internal.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.PlanarImage;

/** Padding a crop to a model's multiple mirrors it (as numpy's and PyTorch's "reflect" do) instead of smearing its edge. */
class LayoutsTest {

    /** A 4 × 3 image whose value is 10·y + x in the first channel and its negative in the second. */
    private static PlanarImage ramp() {
        PlanarImage image = PlanarImage.create(4, 3, 2);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                image.set(0, x, y, 10 * y + x);
                image.set(1, x, y, -(10 * y + x));
            }
        }
        return image;
    }

    @Test
    void thePadMirrorsAboutTheLastColumnAndRowWithoutRepeatingThem() {
        PlanarImage padded = Layouts.padReflect(ramp(), 6, 5);
        // columns 0 1 2 3 then 2 1; rows 0 1 2 then 1 0
        int[] xs = {0, 1, 2, 3, 2, 1};
        int[] ys = {0, 1, 2, 1, 0};
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 6; x++) {
                assertEquals(10 * ys[y] + xs[x], padded.get(0, x, y), 0, "at " + x + "," + y);
                assertEquals(-(10 * ys[y] + xs[x]), padded.get(1, x, y), 0, "at " + x + "," + y);
            }
        }
    }

    @Test
    void aPadWiderThanTheImageFoldsBackAndForth() {
        PlanarImage padded = Layouts.padReflect(ramp(), 12, 3);
        int[] xs = {0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1};
        for (int x = 0; x < 12; x++) {
            assertEquals(xs[x], padded.get(0, x, 0), 0, "at " + x);
        }
        assertEquals(0, Layouts.reflect(5, 1), "a one-pixel side repeats its only pixel");
    }
}
