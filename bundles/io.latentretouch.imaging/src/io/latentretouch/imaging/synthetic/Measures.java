package io.latentretouch.imaging.synthetic;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/** What the tests and the main job measure on retouched images. */
public final class Measures {

    private Measures() {
    }

    /** Rec. 601 luma of one pixel. */
    public static double luma(PlanarImage img, int x, int y) {
        return 0.299 * img.get(0, x, y) + 0.587 * img.get(1, x, y) + 0.114 * img.get(2, x, y);
    }

    /** Mean squared high-pass of luma (luma minus its 2-pixel blur) under the mask: how much fine detail there is. */
    public static double detailEnergy(PlanarImage img, Mask mask) {
        float[] y = new float[img.width() * img.height()];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.299f * img.plane(0)[i] + 0.587f * img.plane(1)[i] + 0.114f * img.plane(2)[i];
        }
        float[] low = Blur.gaussian(y, img.width(), img.height(), 2);
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < y.length; i++) {
            sum += mask.values()[i] * (y[i] - low[i]) * (y[i] - low[i]);
            weight += mask.values()[i];
        }
        return weight == 0 ? 0 : sum / weight;
    }
}
