package io.latentretouch.inference.models.internal.defaults;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/** Pixel statistics the model tests assert on. */
final class Measure {

    private Measure() {
    }

    static float[] luma(PlanarImage img) {
        float[] y = new float[img.width() * img.height()];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.299f * img.plane(0)[i] + 0.587f * img.plane(1)[i] + 0.114f * img.plane(2)[i];
        }
        return y;
    }

    /** Mean squared difference between luma and its blur of {@code sigma}, weighted by the mask. */
    static double highPassEnergy(PlanarImage img, Mask mask, double sigma) {
        float[] y = luma(img);
        return weightedMeanSquare(y, Blur.gaussian(y, img.width(), img.height(), sigma), mask);
    }

    /** Energy of the band between two blurs of luma, weighted by the mask. */
    static double bandEnergy(PlanarImage img, Mask mask, double fine, double coarse) {
        float[] y = luma(img);
        return weightedMeanSquare(Blur.gaussian(y, img.width(), img.height(), fine), Blur.gaussian(y, img.width(), img.height(), coarse), mask);
    }

    private static double weightedMeanSquare(float[] a, float[] b, Mask mask) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += mask.values()[i] * d * d;
            weight += mask.values()[i];
        }
        return sum / weight;
    }

    static double maxAbsDifference(PlanarImage a, PlanarImage b) {
        double max = 0;
        for (int c = 0; c < a.channels(); c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                max = Math.max(max, Math.abs(a.plane(c)[i] - b.plane(c)[i]));
            }
        }
        return max;
    }

    /** Whether every pixel where the mask is 0 is bit-identical in both images. */
    static boolean identicalOutside(PlanarImage a, PlanarImage b, Mask mask) {
        for (int c = 0; c < a.channels(); c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                if (mask.values()[i] == 0 && Float.floatToIntBits(a.plane(c)[i]) != Float.floatToIntBits(b.plane(c)[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Mean of luma where the mask is set. */
    static double meanLuma(PlanarImage img, Mask mask) {
        float[] y = luma(img);
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < y.length; i++) {
            sum += mask.values()[i] * y[i];
            weight += mask.values()[i];
        }
        return sum / weight;
    }

    static Mask invert(Mask m) {
        float[] v = new float[m.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1 - m.values()[i];
        }
        return Mask.wrap(m.width(), m.height(), v);
    }

    /** Mean absolute difference of all channels, weighted by the mask. */
    static double meanAbsDifference(PlanarImage a, PlanarImage b, Mask mask) {
        double sum = 0;
        double weight = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                sum += mask.values()[i] * Math.abs(a.plane(c)[i] - b.plane(c)[i]);
                weight += mask.values()[i];
            }
        }
        return sum / weight;
    }

    /** How much darker a one-pixel horizontal line from x0 to x1 at row y is than the rows ten pixels above and below. */
    static double lineContrast(PlanarImage img, int x0, int x1, int y) {
        float[] l = luma(img);
        double d = 0;
        for (int x = x0; x < x1; x++) {
            d += (l[(y - 10) * img.width() + x] + l[(y + 10) * img.width() + x]) / 2 - l[y * img.width() + x];
        }
        return d / (x1 - x0);
    }

    /** Root mean square of the green channel's deviation from its mean over the middle rows, columns x0 to x1. */
    static double amplitude(PlanarImage img, int x0, int x1) {
        int y0 = img.height() / 4;
        int y1 = 3 * img.height() / 4;
        double sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += img.get(1, x, y);
                n++;
            }
        }
        double mean = sum / n;
        double sq = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sq += Math.pow(img.get(1, x, y) - mean, 2);
            }
        }
        return Math.sqrt(sq / n);
    }
}
