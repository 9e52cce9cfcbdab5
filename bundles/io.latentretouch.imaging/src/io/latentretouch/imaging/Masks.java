package io.latentretouch.imaging;

/** Growing and softening masks, for pasting generated regions back without a seam. */
public final class Masks {

    private Masks() {
    }

    /** The mask grown by {@code radius} pixels (a square maximum filter, separable). */
    public static Mask dilate(Mask mask, int radius) {
        int w = mask.width();
        int h = mask.height();
        float[] src = mask.values();
        float[] tmp = new float[src.length];
        float[] out = new float[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float m = 0;
                for (int i = Math.max(0, x - radius); i <= Math.min(w - 1, x + radius); i++) {
                    m = Math.max(m, src[y * w + i]);
                }
                tmp[y * w + x] = m;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float m = 0;
                for (int j = Math.max(0, y - radius); j <= Math.min(h - 1, y + radius); j++) {
                    m = Math.max(m, tmp[j * w + x]);
                }
                out[y * w + x] = m;
            }
        }
        return Mask.wrap(w, h, out);
    }

    /**
     * The mask grown by {@code grow} pixels, then softened with a Gaussian of {@code sigma}, never below the original:
     * the whole original selection stays fully selected and the edge fades out beyond it.
     */
    public static Mask feather(Mask mask, int grow, double sigma) {
        Mask grown = grow > 0 ? dilate(mask, grow) : mask;
        float[] soft = Blur.gaussian(grown.values(), mask.width(), mask.height(), sigma);
        float[] src = mask.values();
        for (int i = 0; i < soft.length; i++) {
            soft[i] = Math.min(1f, Math.max(src[i], soft[i]));
        }
        return Mask.wrap(mask.width(), mask.height(), soft);
    }

    /** The mask shrunk by {@code radius} pixels (a square minimum filter, separable). */
    public static Mask erode(Mask mask, int radius) {
        return invert(dilate(invert(mask), radius));
    }

    /**
     * The mask grown by a radius of any size at a cost independent of it: computed on a copy reduced so that the
     * radius is a few pixels, then enlarged back (the edge is as soft as the reduction).
     */
    public static Mask growCoarse(Mask mask, int radius) {
        return coarse(mask, radius, m -> dilate(m, scaledRadius(mask, radius)));
    }

    /**
     * Holes up to about {@code radius} pixels filled (a morphological closing), computed like {@link #growCoarse};
     * never below the original.
     */
    public static Mask fillHoles(Mask mask, int radius) {
        Mask closed = coarse(mask, radius, m -> erode(dilate(m, scaledRadius(mask, radius)), scaledRadius(mask, radius)));
        float[] v = closed.values();
        float[] src = mask.values();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(v[i], src[i]);
        }
        return closed;
    }

    private static final int COARSE_RADIUS = 4;

    private static int factor(int radius) {
        return Math.max(1, radius / COARSE_RADIUS);
    }

    private static int scaledRadius(Mask mask, int radius) {
        return Math.max(1, radius / factor(radius));
    }

    private static Mask coarse(Mask mask, int radius, java.util.function.UnaryOperator<Mask> op) {
        int f = factor(radius);
        if (f == 1) {
            return op.apply(mask);
        }
        int w = Math.max(1, (mask.width() + f - 1) / f);
        int h = Math.max(1, (mask.height() + f - 1) / f);
        return Resample.resize(op.apply(Resample.resize(mask, w, h)), mask.width(), mask.height());
    }

    /** Everything the mask does not select: 1 − its value at each pixel. */
    public static Mask invert(Mask m) {
        float[] v = new float[m.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1 - m.values()[i];
        }
        return Mask.wrap(m.width(), m.height(), v);
    }
}
