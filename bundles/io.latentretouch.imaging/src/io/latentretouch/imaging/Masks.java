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
}
