package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
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
