package io.latentretouch.inference.models.internal.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.FillOptions;

/**
 * The crop strategy's colour match, on a real photo with an engine that redraws its whole crop brighter and less
 * contrasted (as a model at another resolution or with another colour response does): without the match the hole is
 * off by that shift; with it the hole gets the surroundings' own colour back.
 */
class ColourMatchTest {

    /** Redraws the crop as {@code 0.8 · p + 0.2}, leaving the hole's content as it was otherwise. */
    private static final class Shifted extends CropInpainter {
        Shifted() {
            super(null, null);
        }

        @Override
        PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) {
            PlanarImage out = patch.copy();
            for (int c = 0; c < out.channels(); c++) {
                float[] p = out.plane(c);
                for (int i = 0; i < p.length; i++) {
                    p[i] = 0.8f * p[i] + 0.2f;
                }
            }
            return out;
        }
    }

    @Test
    void theRingsColoursComeBackInTheHole() throws Exception {
        PlanarImage photo = RealWorld.read("fruits.jpg");
        Region square = new Region(200, 150, 60, 60);
        Mask hole = HoleShapes.rectangle(photo.width(), photo.height(), square.x(), square.y(), square.width(), square.height());
        PlanarImage plain = new Shifted().inpaint(photo, hole, 1, FillOptions.DEFAULT, RunMonitor.NONE);
        PlanarImage matched = new Shifted().inpaint(photo, hole, 1, new FillOptions(128, 0, true), RunMonitor.NONE);
        double plainError = meanError(plain, photo, square);
        double matchedError = meanError(matched, photo, square);
        System.out.printf("colour match: hole off by %.4f without, %.4f with%n", plainError, matchedError);
        assertEquals(shift(photo, square), plainError, 1e-4, "without the match the hole is off by the engine's shift");
        assertEquals(0, matchedError, 0.01, "with it the hole is the surroundings' colour");
    }

    /** The mean of |0.8 p + 0.2 − p| over the region: what the engine's redraw moves its pixels by. */
    private static double shift(PlanarImage p, Region r) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = r.y(); y < r.bottom(); y++) {
                for (int x = r.x(); x < r.right(); x++) {
                    sum += Math.abs(0.2 - 0.2 * p.get(c, x, y));
                }
            }
        }
        return sum / (3.0 * r.area());
    }

    private static double meanError(PlanarImage a, PlanarImage b, Region r) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = r.y(); y < r.bottom(); y++) {
                for (int x = r.x(); x < r.right(); x++) {
                    sum += Math.abs(a.get(c, x, y) - b.get(c, x, y));
                }
            }
        }
        return sum / (3.0 * r.area());
    }
}
