package io.latentretouch.inference.models.internal.faces;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.latentretouch.imaging.PlanarImage;

/**
 * An image and its copies halved again and again, each made when first needed, for sampling squares of it at a
 * detector's input size: a square is read bilinearly from the finest copy at most {@link #MAX_FACTOR} times larger
 * than the input. A copy two or more halvings from the finest one made is made from it directly (means of 4×4
 * blocks), so a 24-megapixel frame is read once (half of its rows) and the half-size copy a large square never needs
 * is not made. Not thread-safe.
 */
final class Pyramid {

    /** Largest shrink factor read bilinearly, as OpenCV's {@code INTER_LINEAR} does at 4; beyond it aliases. */
    static final double MAX_FACTOR = 4;
    /** Rows of a reduced copy computed together, one task per band of rows. */
    private static final int BAND = 64;

    private final List<PlanarImage> levels = new ArrayList<>();

    Pyramid(PlanarImage image) {
        levels.add(image);
    }

    int width() {
        return levels.get(0).width();
    }

    int height() {
        return levels.get(0).height();
    }

    /**
     * Writes the square, sampled to n × n, into an NHWC [1,n,n,3] float buffer as RGB scaled to [-1, 1]; outside the
     * image it is black (-1).
     */
    void sample(Square square, int n, FloatBuffer nhwc) {
        int level = 0;
        while (square.side() / ((1 << level) * n) > MAX_FACTOR && Math.min(sideAt(width(), level), sideAt(height(), level)) > 1) {
            level++;
        }
        PlanarImage img = level(level);
        double unit = 1 << level;
        double step = square.side() / n / unit;
        for (int v = 0; v < n; v++) {
            double sy = (square.y() / unit) + (v + 0.5) * step - 0.5;
            for (int u = 0; u < n; u++) {
                double sx = (square.x() / unit) + (u + 0.5) * step - 0.5;
                int base = (v * n + u) * 3;
                for (int c = 0; c < 3; c++) {
                    nhwc.put(base + c, 2 * bilinear(img, c, sx, sy) - 1);
                }
            }
        }
    }

    /** Bilinear sample at (x, y), edge pixels extended half a pixel, black beyond. */
    private static float bilinear(PlanarImage img, int c, double x, double y) {
        if (x < -0.5 || y < -0.5 || x > img.width() - 0.5 || y > img.height() - 0.5) {
            return 0;
        }
        double cx = Math.max(0, Math.min(img.width() - 1, x));
        double cy = Math.max(0, Math.min(img.height() - 1, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(img.width() - 1, x0 + 1);
        int y1 = Math.min(img.height() - 1, y0 + 1);
        double fx = cx - x0;
        double fy = cy - y0;
        float[] p = img.plane(c);
        int w = img.width();
        double top = p[y0 * w + x0] * (1 - fx) + p[y0 * w + x1] * fx;
        double bottom = p[y1 * w + x0] * (1 - fx) + p[y1 * w + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    /** A side halved {@code level} times, an odd side rounded up. */
    private static int sideAt(int side, int level) {
        return (side + (1 << level) - 1) >> level;
    }

    private PlanarImage level(int i) {
        while (levels.size() <= i) {
            levels.add(null);
        }
        while (levels.get(i) == null) {
            int from = i - 1;
            while (levels.get(from) == null) {
                from--;
            }
            int to = Math.min(i, from + 2);
            levels.set(to, reduced(levels.get(from), 1 << (to - from)));
        }
        return levels.get(i);
    }

    /**
     * Means of f×f blocks (f = 2 or 4) over f columns and two rows; the blocks of the last row or column average
     * what there is. The rows are summed first, a whole row at a time, so that the pass runs at memory speed.
     */
    private static PlanarImage reduced(PlanarImage src, int f) {
        int sw = src.width();
        int sh = src.height();
        int w = (sw + f - 1) / f;
        int h = (sh + f - 1) / f;
        PlanarImage out = PlanarImage.create(w, h, 3);
        IntStream.range(0, 3 * ((h + BAND - 1) / BAND)).parallel().forEach(task -> {
            int c = task % 3;
            float[] s = src.plane(c);
            float[] d = out.plane(c);
            float[] rows = new float[sw];
            for (int y = task / 3 * BAND; y < Math.min(h, (task / 3 + 1) * BAND); y++) {
                // two rows of a block, the middle ones of a 4×4 block: half the memory traffic, no aliasing a detector sees
                int y0 = Math.min(sh - 1, y * f + (f - 2) / 2);
                int n = Math.min(sh, y0 + 2) - y0;
                System.arraycopy(s, y0 * sw, rows, 0, sw);
                for (int k = 1; k < n; k++) {
                    int at = (y0 + k) * sw;
                    for (int x = 0; x < sw; x++) {
                        rows[x] += s[at + x];
                    }
                }
                for (int x = 0; x < w; x++) {
                    int x0 = x * f;
                    int x1 = Math.min(sw, x0 + f);
                    float sum = 0;
                    for (int xx = x0; xx < x1; xx++) {
                        sum += rows[xx];
                    }
                    d[y * w + x] = sum / (n * (x1 - x0));
                }
            }
        });
        return out;
    }
}
