package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.Blemish;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.testing.Services;

/** Synthetic portraits and what the retouching tests measure on them. */
final class Samples {

    static final int SIZE = 384;

    private Samples() {
    }

    static SkinSample portrait(int tone, long seed) {
        return SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[tone], 8, seed);
    }

    static Retoucher retoucher() throws Exception {
        return Services.await(Retoucher.class);
    }

    static PlanarImage at(PlanarImage image, Mask skin, double level, long seed) throws Exception {
        Recipe r = new Recipe("test", "", List.of(new Step.Imperfection(level)));
        return retoucher().apply(image, r, RetouchMasks.fromSkin(skin), seed, RunMonitor.NONE).image();
    }

    static float[] luma(PlanarImage img) {
        float[] y = new float[img.width() * img.height()];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.299f * img.plane(0)[i] + 0.587f * img.plane(1)[i] + 0.114f * img.plane(2)[i];
        }
        return y;
    }

    /** Mean squared high-pass (luma minus its blur of 2 px) under the mask. */
    static double detailEnergy(PlanarImage img, Mask mask) {
        float[] y = luma(img);
        float[] low = Blur.gaussian(y, img.width(), img.height(), 2);
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < y.length; i++) {
            sum += mask.values()[i] * (y[i] - low[i]) * (y[i] - low[i]);
            weight += mask.values()[i];
        }
        return sum / weight;
    }

    /** A blemish's contrast: how much darker its core is than the ring around it, in luma. */
    static double contrast(PlanarImage img, Blemish b) {
        float[] y = luma(img);
        double core = 0;
        double ring = 0;
        int nc = 0;
        int nr = 0;
        int r = (int) Math.ceil(5 * b.radius());
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                double d = Math.hypot(dx, dy);
                float v = y[(b.y() + dy) * img.width() + b.x() + dx];
                if (d <= b.radius()) {
                    core += v;
                    nc++;
                } else if (d >= 3 * b.radius()) {
                    ring += v;
                    nr++;
                }
            }
        }
        return ring / nr - core / nc;
    }

    static double maxDifference(PlanarImage a, PlanarImage b) {
        double m = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                m = Math.max(m, Math.abs(a.plane(c)[i] - b.plane(c)[i]));
            }
        }
        return m;
    }
}
