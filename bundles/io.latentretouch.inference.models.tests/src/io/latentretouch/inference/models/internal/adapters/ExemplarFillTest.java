package io.latentretouch.inference.models.internal.adapters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.DefaultModelIds;
import io.latentretouch.inference.models.Inpainter;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.testing.Services;

/**
 * The embedded fill on a hole larger than a blemish, through the Inpainter API: the hole takes the texture of its
 * surroundings (real fur and whiskers, a regular pattern), not a smear; the same seed gives the same pixels; beyond
 * the paste-back edge nothing changes.
 */
class ExemplarFillTest {

    /** A 64-pixel square of baboon.jpg's fur and whiskers, beside the nose. */
    private static final Region FUR = new Region(300, 300, 64, 64);

    private static Inpainter fill() throws Exception {
        return Services.await(ModelAdapters.class).inpainter(Services.await(ModelRegistry.class).require(DefaultModelIds.INPAINT_FILL));
    }

    private static Mask square(int w, int h, Region r) {
        Mask m = Mask.empty(w, h);
        for (int y = r.y(); y < r.bottom(); y++) {
            Arrays.fill(m.values(), y * w + r.x(), y * w + r.right(), 1f);
        }
        return m;
    }

    @Test
    void aLargeHoleInRealFurGetsFurNotASmear() throws Exception {
        PlanarImage photo = RealWorld.read("baboon.jpg");
        int w = photo.width();
        PlanarImage out = fill().inpaint(photo, square(w, photo.height(), FUR), 5, RunMonitor.NONE);
        double[] inside = texture(out, FUR, null);
        double[] around = texture(photo, FUR.expand(24), FUR.expand(4));
        double ratio = inside[0] / around[0];
        System.out.printf("exemplar fill in fur: detail %.3f of the surroundings', mean grey %.3f against %.3f%n", ratio, inside[1], around[1]);
        assertTrue(ratio > 0.4 && ratio < 2.0, "the hole has the fur's fine detail: " + ratio);
        assertEquals(around[1], inside[1], around[2], "and a brightness within the spread of its surroundings'");
        Region untouched = FUR.expand(CropInpainter.GROW + 8);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < photo.plane(c).length; i++) {
                if (!untouched.contains(i % w, i / w)) {
                    assertEquals(photo.plane(c)[i], out.plane(c)[i], 0f, "pixel " + i + " is the input's");
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePixelsAnotherSeedOthers() throws Exception {
        PlanarImage photo = RealWorld.read("baboon.jpg");
        Mask hole = square(photo.width(), photo.height(), FUR);
        PlanarImage a = fill().inpaint(photo, hole, 11, RunMonitor.NONE);
        PlanarImage b = fill().inpaint(photo, hole, 11, RunMonitor.NONE);
        PlanarImage c = fill().inpaint(photo, hole, 12, RunMonitor.NONE);
        for (int ch = 0; ch < 3; ch++) {
            assertArrayEquals(a.plane(ch), b.plane(ch));
        }
        assertFalse(Arrays.equals(a.plane(1), c.plane(1)), "another seed, other candidates");
    }

    @Test
    void aRegularPatternIsContinuedThroughTheHole() throws Exception {
        int size = 160;
        int cell = 10;
        PlanarImage checker = PlanarImage.create(size, size, 3);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int c = 0; c < 3; c++) {
                    checker.set(c, x, y, ((x / cell + y / cell) & 1) == 0 ? 0.25f : 0.75f);
                }
            }
        }
        Region hole = new Region(55, 55, 50, 50);
        PlanarImage out = fill().inpaint(checker, square(size, size, hole), 3, RunMonitor.NONE);
        int right = 0;
        for (int y = hole.y(); y < hole.bottom(); y++) {
            for (int x = hole.x(); x < hole.right(); x++) {
                right += Math.abs(out.get(1, x, y) - checker.get(1, x, y)) < 0.1f ? 1 : 0;
            }
        }
        // a smear is wrong everywhere (grey between the two), squares of a random phase right half the time
        assertTrue(right > 0.7 * hole.area(), "the squares go on where they were: " + right + " of " + hole.area());
    }

    /**
     * Over a region less an inner one: the mean square of grey minus its blur (σ 1.5), the mean grey and the standard
     * deviation of grey.
     */
    private static double[] texture(PlanarImage img, Region region, Region less) {
        int w = img.width();
        int h = img.height();
        float[] grey = new float[w * h];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (img.plane(0)[i] + img.plane(1)[i] + img.plane(2)[i]) / 3;
        }
        float[] low = Blur.gaussian(grey, w, h, 1.5);
        double energy = 0;
        double mean = 0;
        double squares = 0;
        int n = 0;
        for (int y = Math.max(0, region.y()); y < Math.min(h, region.bottom()); y++) {
            for (int x = Math.max(0, region.x()); x < Math.min(w, region.right()); x++) {
                if (less != null && less.contains(x, y)) {
                    continue;
                }
                double d = grey[y * w + x] - low[y * w + x];
                energy += d * d;
                mean += grey[y * w + x];
                squares += grey[y * w + x] * grey[y * w + x];
                n++;
            }
        }
        return new double[] {energy / n, mean / n, Math.sqrt(Math.max(0, squares / n - (mean / n) * (mean / n)))};
    }
}
