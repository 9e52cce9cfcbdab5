package io.latentretouch.inference.models.internal.adapters;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;

/**
 * Matches a regenerated crop's colours to the original's: per channel, the regenerated values are shifted and scaled
 * so that in a band just beyond the blend edge (where the original is known and the model redrew it) their mean and
 * deviation are the original's. A model that redraws the known pixels a little brighter or duller then fills the hole
 * in the surroundings' own colour.
 */
final class ColourMatch {

    private ColourMatch() {
    }

    /**
     * Corrects {@code filled} in place where it is used: {@code blend} is where it replaces the original, the band
     * {@code width} beyond. Only the blend's bounds and the band are measured and corrected; a hole small in its crop
     * costs what the hole does.
     */
    static void apply(PlanarImage original, PlanarImage filled, Mask blend, int width) {
        Region bounds = blend.bounds();
        if (bounds.isEmpty()) {
            return;
        }
        Region box = bounds.expand(width).intersect(Region.of(blend.width(), blend.height()));
        Mask part = Mask.wrap(box.width(), box.height(), blend.asImage().crop(box).plane(0));
        float[] grown = Masks.dilate(part, width).values();
        float[] b = part.values();
        PlanarImage before = original.crop(box);
        PlanarImage after = filled.crop(box);
        for (int c = 0; c < original.channels(); c++) {
            double[] o = stats(before.plane(c), grown, b);
            double[] f = stats(after.plane(c), grown, b);
            if (o == null || f == null) {
                return;
            }
            double scale = f[1] > 1e-6 ? o[1] / f[1] : 1;
            float[] p = after.plane(c);
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) ((p[i] - f[0]) * scale + o[0]);
            }
        }
        filled.paste(after, box.x(), box.y());
    }

    /** Mean and deviation over the band (grown, not blended), or null when the band is empty. */
    private static double[] stats(float[] p, float[] grown, float[] blend) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if (grown[i] > 0 && blend[i] == 0) {
                sum += p[i];
                squares += (double) p[i] * p[i];
                n++;
            }
        }
        if (n < 2) {
            return null;
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, squares / n - mean * mean))};
    }
}
