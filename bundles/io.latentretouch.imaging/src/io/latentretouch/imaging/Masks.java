package io.latentretouch.imaging;

import java.util.function.UnaryOperator;

/** Growing and softening masks, for pasting generated regions back without a seam. */
public final class Masks {

    private Masks() {
    }

    /** The mask grown by {@code radius} pixels (a square maximum filter, separable). */
    public static Mask dilate(Mask mask, int radius) {
        return within(mask, radius, m -> dilateAll(m, radius));
    }

    /** The maximum filter over every row, then every column, at a cost per pixel independent of the radius. */
    private static Mask dilateAll(Mask mask, int radius) {
        int w = mask.width();
        int h = mask.height();
        float[] rows = new float[w * h];
        float[] out = new float[w * h];
        RunningMax line = new RunningMax(Math.max(w, h), radius);
        for (int y = 0; y < h; y++) {
            line.apply(mask.values(), y * w, 1, w, rows);
        }
        for (int x = 0; x < w; x++) {
            line.apply(rows, x, w, h, out);
        }
        return Mask.wrap(w, h, out);
    }

    /**
     * The maximum over a window of {@code 2r + 1} along a line, three comparisons a value whatever the radius (maxima
     * from each block's start and from its end: two of them cover any window).
     */
    private static final class RunningMax {

        private final int radius;
        private final float[] forward;
        private final float[] backward;

        RunningMax(int length, int radius) {
            this.radius = radius;
            this.forward = new float[length];
            this.backward = new float[length];
        }

        /** The line of {@code n} values at {@code start}, {@code stride} apart, filtered into the same places of {@code dst}. */
        void apply(float[] src, int start, int stride, int n, float[] dst) {
            int block = 2 * radius + 1;
            for (int i = 0; i < n; i++) {
                float v = src[start + i * stride];
                forward[i] = i % block == 0 ? v : Math.max(forward[i - 1], v);
            }
            for (int i = n - 1; i >= 0; i--) {
                float v = src[start + i * stride];
                backward[i] = i == n - 1 || (i + 1) % block == 0 ? v : Math.max(backward[i + 1], v);
            }
            for (int i = 0; i < n; i++) {
                int lo = Math.max(0, i - radius);
                int hi = Math.min(n - 1, i + radius);
                // a window within one block starts at the block's start or ends at the line's end (or the block's)
                float m;
                if (lo / block != hi / block) {
                    m = Math.max(backward[lo], forward[hi]);
                } else {
                    m = lo % block == 0 ? forward[hi] : backward[lo];
                }
                dst[start + i * stride] = m;
            }
        }
    }

    /**
     * The mask grown by {@code grow} pixels, then softened with a Gaussian of {@code sigma}, never below the original:
     * the whole original selection stays fully selected and the edge fades out beyond it.
     */
    public static Mask feather(Mask mask, int grow, double sigma) {
        return within(mask, Math.max(0, grow) + (sigma > 0 ? Blur.kernel(sigma).length / 2 : 0), m -> featherAll(m, grow, sigma));
    }

    private static Mask featherAll(Mask mask, int grow, double sigma) {
        Mask grown = grow > 0 ? dilate(mask, grow) : mask;
        float[] soft = Blur.gaussian(grown.values(), mask.width(), mask.height(), sigma);
        float[] src = mask.values();
        for (int i = 0; i < soft.length; i++) {
            soft[i] = Math.min(1f, Math.max(src[i], soft[i]));
        }
        return Mask.wrap(mask.width(), mask.height(), soft);
    }

    /**
     * {@code op} applied to the part of the mask it can change: the selection's bounds grown by the op's reach (beyond
     * it the result is 0 either way). A small hole in a large crop then costs what the hole does, not the crop.
     */
    private static Mask within(Mask mask, int reach, UnaryOperator<Mask> op) {
        int w = mask.width();
        int h = mask.height();
        Region bounds = mask.bounds();
        if (bounds.isEmpty()) {
            return Mask.empty(w, h);
        }
        Region box = bounds.expand(reach).intersect(Region.of(w, h));
        if (box.width() == w && box.height() == h) {
            return op.apply(mask);
        }
        Mask part = op.apply(Mask.wrap(box.width(), box.height(), mask.asImage().crop(box).plane(0)));
        PlanarImage out = PlanarImage.create(w, h, 1);
        out.paste(part.asImage(), box.x(), box.y());
        return Mask.wrap(w, h, out.plane(0));
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

    private static Mask coarse(Mask mask, int radius, UnaryOperator<Mask> op) {
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
