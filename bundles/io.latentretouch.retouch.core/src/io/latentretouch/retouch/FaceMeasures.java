package io.latentretouch.retouch;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.Face.Landmark;

/**
 * How a retouched portrait is judged against its original, in the face's own units (IOD, the distance between the
 * eyes), on the luma of the pixels as an 8-bit file holds them:
 * <ul>
 * <li><em>feature detail</em>: the energy (mean square) of the difference of two blurs, σ = max(0.6, IOD/60) and
 * σ = max(2, IOD/12), in boxes centred on each eye (0.7 × 0.4 IOD) and on the mouth (1.0 × 0.5 IOD), variant over
 * original, per box;</li>
 * <li><em>pore texture</em>: the energy of luma minus its blur at σ = max(0.5, IOD/80) in two cheek squares of side
 * 0.24 IOD, 0.55 IOD below each eye along the face and 0.05 IOD outwards, variant over original, averaged.</li>
 * </ul>
 * Thread-safe.
 */
public final class FaceMeasures {

    /**
     * One portrait's measures.
     *
     * @param worstFeature the feature box whose detail ratio is lowest
     * @param bestFeature  the highest
     * @param pores        the pore texture ratio
     */
    public record Result(double worstFeature, double bestFeature, double pores) {
    }

    private FaceMeasures() {
    }

    public static Result of(PlanarImage original, PlanarImage variant, Face face) {
        double iod = face.iod();
        float[] a = luma8(original);
        float[] b = luma8(variant);
        int w = original.width();
        int h = original.height();
        float[] bandA = dog(a, w, h, iod);
        float[] bandB = dog(b, w, h, iod);
        double worst = Double.MAX_VALUE;
        double best = 0;
        Face.Point[] centres = {face.landmark(Landmark.RIGHT_EYE), face.landmark(Landmark.LEFT_EYE), face.landmark(Landmark.MOUTH)};
        double[][] sizes = {{0.7, 0.4}, {0.7, 0.4}, {1.0, 0.5}};
        for (int k = 0; k < centres.length; k++) {
            double ratio = energy(bandB, w, h, centres[k], sizes[k][0] * iod, sizes[k][1] * iod)
                    / energy(bandA, w, h, centres[k], sizes[k][0] * iod, sizes[k][1] * iod);
            worst = Math.min(worst, ratio);
            best = Math.max(best, ratio);
        }
        double sigma = Math.max(0.5, iod / 80);
        float[] poresA = highPass(a, w, h, sigma);
        float[] poresB = highPass(b, w, h, sigma);
        double pores = 0;
        for (Face.Point cheek : cheeks(face)) {
            pores += energy(poresB, w, h, cheek, 0.24 * iod, 0.24 * iod) / energy(poresA, w, h, cheek, 0.24 * iod, 0.24 * iod) / 2;
        }
        return new Result(worst, best, pores);
    }

    /** The centres of the cheek squares: 0.55 IOD below each eye, perpendicular to the line of the eyes, 0.05 outwards. */
    static Face.Point[] cheeks(Face face) {
        Face.Point r = face.landmark(Landmark.RIGHT_EYE);
        Face.Point l = face.landmark(Landmark.LEFT_EYE);
        double iod = face.iod();
        double ex = (l.x() - r.x()) / iod;
        double ey = (l.y() - r.y()) / iod;
        // down the face is the eye line turned a quarter clockwise (y points down)
        double dx = -ey;
        double dy = ex;
        return new Face.Point[] {
            new Face.Point(r.x() + 0.55 * iod * dx - 0.05 * iod * ex, r.y() + 0.55 * iod * dy - 0.05 * iod * ey),
            new Face.Point(l.x() + 0.55 * iod * dx + 0.05 * iod * ex, l.y() + 0.55 * iod * dy + 0.05 * iod * ey)
        };
    }

    /** Rec. 601 luma of the values rounded to 8 bits, as a file of the result holds them. */
    private static float[] luma8(PlanarImage img) {
        float[] y = new float[img.width() * img.height()];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.299f * q(img.plane(0)[i]) + 0.587f * q(img.plane(1)[i]) + 0.114f * q(img.plane(2)[i]);
        }
        return y;
    }

    private static float q(float v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 255) / 255f;
    }

    private static float[] dog(float[] y, int w, int h, double iod) {
        float[] fine = Blur.gaussian(y, w, h, Math.max(0.6, iod / 60));
        float[] coarse = Blur.gaussian(y, w, h, Math.max(2, iod / 12));
        for (int i = 0; i < fine.length; i++) {
            fine[i] -= coarse[i];
        }
        return fine;
    }

    private static float[] highPass(float[] y, int w, int h, double sigma) {
        float[] low = Blur.gaussian(y, w, h, sigma);
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] - low[i];
        }
        return out;
    }

    /** Mean square of the values in the box of that width and height centred on c. */
    private static double energy(float[] v, int w, int h, Face.Point c, double bw, double bh) {
        double sum = 0;
        int n = 0;
        for (int y = Math.max(0, (int) Math.floor(c.y() - bh / 2)); y <= Math.min(h - 1, (int) Math.ceil(c.y() + bh / 2)); y++) {
            for (int x = Math.max(0, (int) Math.floor(c.x() - bw / 2)); x <= Math.min(w - 1, (int) Math.ceil(c.x() + bw / 2)); x++) {
                if (Math.abs(x + 0.5 - c.x()) <= bw / 2 && Math.abs(y + 0.5 - c.y()) <= bh / 2) {
                    sum += v[y * w + x] * v[y * w + x];
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
