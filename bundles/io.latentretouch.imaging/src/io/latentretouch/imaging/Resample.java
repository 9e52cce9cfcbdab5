package io.latentretouch.imaging;

/**
 * Resizing: area averaging when shrinking (every source pixel counts, no aliasing), bilinear when enlarging. Pixel
 * centres are aligned (half-pixel convention), as in ONNX Resize and OpenCV. The source pixels each output pixel reads
 * are computed in exact integer arithmetic, so no size pair reads outside the source. Thread-safe.
 */
public final class Resample {

    private Resample() {
    }

    public static PlanarImage resize(PlanarImage src, int width, int height) {
        return resize(src, src.bounds(), width, height);
    }

    /** {@code region} of the image (which must lie inside it) resized to width × height, without copying it first. */
    public static PlanarImage resize(PlanarImage src, Region region, int width, int height) {
        if (!src.bounds().intersect(region).equals(region) || region.isEmpty()) {
            throw new IllegalArgumentException("Region " + region + " is not inside the " + src + " image");
        }
        return apply(src, Taps.resize(region.width(), width).shifted(region.x()), Taps.resize(region.height(), height).shifted(region.y()));
    }

    /**
     * The image enlarged bilinearly to width × height one row at a time, as {@link #resize} enlarges it, without ever
     * holding the large image: for work on images too large to double in memory.
     */
    public static Rows rows(PlanarImage small, int width, int height) {
        return new Rows(small, Taps.linear(small.width(), width), Taps.linear(small.height(), height));
    }

    /** Rows of an image enlarged bilinearly; see {@link Resample#rows}. Not thread-safe; one per thread. */
    public static final class Rows {
        private final PlanarImage small;
        private final Taps across;
        private final Taps down;
        private final float[] line;

        private Rows(PlanarImage small, Taps across, Taps down) {
            this.small = small;
            this.across = across;
            this.down = down;
            this.line = new float[small.width()];
        }

        /** Writes row {@code y} of channel {@code c} of the enlarged image into {@code into}, from index 0. */
        public void row(int c, int y, float[] into) {
            float[] p = small.plane(c);
            float[] w = down.weights[y];
            int first = down.first[y] * small.width();
            for (int x = 0; x < line.length; x++) {
                line[x] = w[0] * p[first + x];
            }
            for (int k = 1; k < w.length; k++) {
                int offset = first + k * small.width();
                for (int x = 0; x < line.length; x++) {
                    line[x] += w[k] * p[offset + x];
                }
            }
            across.row(line, 0, into, 0);
        }
    }

    /** A mask resized; its values stay within [0, 1] (a weighted sum of ones may round a hair above). */
    public static Mask resize(Mask src, int width, int height) {
        float[] v = resize(src.asImage(), width, height).plane(0);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0f, Math.min(1f, v[i]));
        }
        return Mask.wrap(width, height, v);
    }

    /**
     * Bilinear sampling in both directions, also when shrinking (two source pixels per output pixel and axis, as
     * OpenCV's {@code INTER_LINEAR}): what detectors trained on such inputs expect. Aliases when shrinking by more
     * than about 4; use {@link #resize} for pictures.
     */
    public static PlanarImage bilinear(PlanarImage src, int width, int height) {
        return apply(src, Taps.linear(src.width(), width), Taps.linear(src.height(), height));
    }

    /** Resamples along x into a buffer of the source rows the vertical taps read, then along y. */
    private static PlanarImage apply(PlanarImage src, Taps across, Taps down) {
        PlanarImage out = PlanarImage.create(across.size(), down.size(), src.channels());
        int y0 = down.first[0];
        int y1 = down.first[down.size() - 1] + down.weights[down.size() - 1].length;
        float[] rows = new float[across.size() * (y1 - y0)];
        for (int c = 0; c < src.channels(); c++) {
            float[] p = src.plane(c);
            for (int y = y0; y < y1; y++) {
                across.row(p, y * src.width(), rows, (y - y0) * across.size());
            }
            down.shifted(-y0).columns(rows, across.size(), out.plane(c));
        }
        return out;
    }

    /**
     * For each output sample along one axis, the first source sample it reads and their weights. Built once per axis
     * and size pair.
     */
    private record Taps(int[] first, float[][] weights) {

        int size() {
            return first.length;
        }

        /** The same taps reading {@code offset} samples further on. */
        Taps shifted(int offset) {
            int[] moved = first.clone();
            for (int i = 0; i < moved.length; i++) {
                moved[i] += offset;
            }
            return new Taps(moved, weights);
        }

        /** Area averaging from n to m samples when shrinking, bilinear when enlarging or keeping the size. */
        static Taps resize(int n, int m) {
            return n > m ? area(n, m) : linear(n, m);
        }

        /**
         * Output sample i covers [i·n/m, (i+1)·n/m) of the source; in units of 1/m that is [i·n, (i+1)·n), and source
         * sample j covers [j·m, (j+1)·m), so every bound and coverage is an exact integer.
         */
        static Taps area(int n, int m) {
            int[] first = new int[m];
            float[][] weights = new float[m][];
            for (int i = 0; i < m; i++) {
                long from = (long) i * n;
                long to = (long) (i + 1) * n;
                int j0 = (int) (from / m);
                int j1 = (int) ((to + m - 1) / m);
                float[] w = new float[j1 - j0];
                for (int j = j0; j < j1; j++) {
                    long cover = Math.min(to, (long) (j + 1) * m) - Math.max(from, (long) j * m);
                    w[j - j0] = (float) ((double) cover / n);
                }
                first[i] = j0;
                weights[i] = w;
            }
            return new Taps(first, weights);
        }

        /** Two samples around the centre of output sample i, at source position (i + ½)·n/m − ½, clamped to the edges. */
        static Taps linear(int n, int m) {
            int[] first = new int[m];
            float[][] weights = new float[m][];
            double scale = (double) n / m;
            for (int i = 0; i < m; i++) {
                double pos = Math.max(0, Math.min(n - 1, (i + 0.5) * scale - 0.5));
                int i0 = Math.min(n - 1, (int) Math.floor(pos));
                double f = pos - i0;
                first[i] = i0;
                weights[i] = i0 + 1 < n ? new float[] {(float) (1 - f), (float) f} : new float[] {1f};
            }
            return new Taps(first, weights);
        }

        /** Resamples the source row starting at {@code from} into the output row starting at {@code to}. */
        void row(float[] src, int from, float[] dst, int to) {
            for (int i = 0; i < first.length; i++) {
                float[] w = weights[i];
                int s = from + first[i];
                float sum = 0;
                for (int k = 0; k < w.length; k++) {
                    sum += w[k] * src[s + k];
                }
                dst[to + i] = sum;
            }
        }

        /** Resamples every column of {@code src} (rows of {@code width}) into {@code dst}, row by row in memory order. */
        void columns(float[] src, int width, float[] dst) {
            for (int i = 0; i < first.length; i++) {
                float[] w = weights[i];
                int out = i * width;
                for (int k = 0; k < w.length; k++) {
                    float wk = w[k];
                    int in = (first[i] + k) * width;
                    if (k == 0) {
                        for (int x = 0; x < width; x++) {
                            dst[out + x] = wk * src[in + x];
                        }
                    } else {
                        for (int x = 0; x < width; x++) {
                            dst[out + x] += wk * src[in + x];
                        }
                    }
                }
            }
        }
    }
}
