package io.latentretouch.imaging;

/**
 * Resizing: area averaging when shrinking (every source pixel counts, no aliasing), bilinear when enlarging. Pixel
 * centres are aligned (half-pixel convention), as in ONNX Resize and OpenCV.
 */
public final class Resample {

    private Resample() {
    }

    public static PlanarImage resize(PlanarImage src, int width, int height) {
        PlanarImage out = PlanarImage.create(width, height, src.channels());
        for (int c = 0; c < src.channels(); c++) {
            float[] rows = axis(src.plane(c), src.width(), src.height(), width, true);
            float[] both = axis(rows, width, src.height(), height, false);
            System.arraycopy(both, 0, out.plane(c), 0, both.length);
        }
        return out;
    }

    public static Mask resize(Mask src, int width, int height) {
        return Mask.wrap(width, height, resize(src.asImage(), width, height).plane(0));
    }

    /** Resamples along x ({@code horizontal}) or y from {@code n} to {@code m} samples. */
    private static float[] axis(float[] p, int w, int h, int m, boolean horizontal) {
        int n = horizontal ? w : h;
        int lines = horizontal ? h : w;
        float[] out = new float[horizontal ? m * h : w * m];
        double scale = (double) n / m;
        // the inner loop walks memory in order: along a row for x, across a row for y
        for (int outer = 0; outer < (horizontal ? lines : m); outer++) {
            for (int inner = 0; inner < (horizontal ? m : lines); inner++) {
                int i = horizontal ? inner : outer;
                int line = horizontal ? outer : inner;
                float v = scale > 1 ? area(p, w, horizontal, line, i * scale, (i + 1) * scale)
                        : linear(p, w, n, horizontal, line, (i + 0.5) * scale - 0.5);
                out[horizontal ? line * m + i : i * w + line] = v;
            }
        }
        return out;
    }

    private static float at(float[] p, int w, boolean horizontal, int line, int i) {
        return horizontal ? p[line * w + i] : p[i * w + line];
    }

    private static float linear(float[] p, int w, int n, boolean horizontal, int line, double pos) {
        double clamped = Math.max(0, Math.min(n - 1, pos));
        int i0 = (int) Math.floor(clamped);
        int i1 = Math.min(n - 1, i0 + 1);
        double f = clamped - i0;
        return (float) (at(p, w, horizontal, line, i0) * (1 - f) + at(p, w, horizontal, line, i1) * f);
    }

    /** Mean of the source over [from, to), weighting partly covered pixels by their coverage. */
    private static float area(float[] p, int w, boolean horizontal, int line, double from, double to) {
        double sum = 0;
        for (int i = (int) Math.floor(from); i < Math.ceil(to); i++) {
            double cover = Math.min(to, i + 1) - Math.max(from, i);
            sum += cover * at(p, w, horizontal, line, i);
        }
        return (float) (sum / (to - from));
    }
}
