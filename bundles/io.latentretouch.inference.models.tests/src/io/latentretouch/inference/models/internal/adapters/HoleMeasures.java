package io.latentretouch.inference.models.internal.adapters;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;

/**
 * How well a hole was filled, against the truth cut out of it: the low-pass error (mean absolute difference, 0–255,
 * after a Gaussian blur of σ 3 of both), the texture ratio (high-pass energy, image minus its σ 1.5 blur, of the fill
 * over the truth's) and the seam (mean absolute difference of the Laplacians, 0–255, on a 2-pixel ring around the hole).
 */
record HoleMeasures(double lowPass, double texture, double seam) {

    static HoleMeasures of(PlanarImage filled, PlanarImage truth, Mask hole) {
        int w = truth.width();
        int h = truth.height();
        float[] m = hole.values();
        double low = 0;
        int n = 0;
        for (int c = 0; c < 3; c++) {
            float[] a = Blur.gaussian(filled.plane(c), w, h, 3);
            float[] b = Blur.gaussian(truth.plane(c), w, h, 3);
            for (int i = 0; i < m.length; i++) {
                if (m[i] > 0) {
                    low += Math.abs(a[i] - b[i]);
                    n++;
                }
            }
        }
        float[] gf = grey(filled);
        float[] gt = grey(truth);
        return new HoleMeasures(255 * low / n, highPass(gf, w, h, m) / highPass(gt, w, h, m), 255 * seam(gf, gt, w, h, hole));
    }

    private static double highPass(float[] g, int w, int h, float[] m) {
        float[] low = Blur.gaussian(g, w, h, 1.5);
        double e = 0;
        for (int i = 0; i < g.length; i++) {
            if (m[i] > 0) {
                e += (g[i] - low[i]) * (g[i] - low[i]);
            }
        }
        return e;
    }

    private static double seam(float[] a, float[] b, int w, int h, Mask hole) {
        float[] grown = Masks.dilate(hole, 2).values();
        double sum = 0;
        int n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (grown[i] > 0 && hole.values()[i] == 0) {
                    sum += Math.abs(laplacian(a, i, w) - laplacian(b, i, w));
                    n++;
                }
            }
        }
        return sum / n;
    }

    private static float laplacian(float[] g, int i, int w) {
        return g[i - 1] + g[i + 1] + g[i - w] + g[i + w] - 4 * g[i];
    }

    private static float[] grey(PlanarImage img) {
        float[] g = new float[img.width() * img.height()];
        for (int i = 0; i < g.length; i++) {
            g[i] = (img.plane(0)[i] + img.plane(1)[i] + img.plane(2)[i]) / 3;
        }
        return g;
    }

    @Override
    public String toString() {
        return String.format("low-pass %6.2f  texture %5.2f  seam %5.2f", lowPass, texture, seam);
    }
}
