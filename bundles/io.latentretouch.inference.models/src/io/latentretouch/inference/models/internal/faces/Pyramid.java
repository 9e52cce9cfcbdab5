package io.latentretouch.inference.models.internal.faces;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.latentretouch.imaging.PlanarImage;

/**
 * An image and its copies halved again and again (means of 2×2 pixels), each made when first needed, for sampling
 * squares of it at a detector's input size: a square is read bilinearly from the finest copy at most
 * {@link #MAX_FACTOR} times larger than the input, so a 24-megapixel frame costs one pass over its pixels. Not
 * thread-safe.
 */
final class Pyramid {

    /** Largest shrink factor read bilinearly, as OpenCV's {@code INTER_LINEAR} does at 4; beyond it aliases. */
    static final double MAX_FACTOR = 4;

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
        while (square.side() / ((1 << level) * n) > MAX_FACTOR && Math.min(level(level).width(), level(level).height()) > 1) {
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

    private PlanarImage level(int i) {
        while (levels.size() <= i) {
            levels.add(half(levels.get(levels.size() - 1)));
        }
        return levels.get(i);
    }

    /** Means of 2×2 pixels; an odd last row or column averages what there is. */
    private static PlanarImage half(PlanarImage src) {
        int w = (src.width() + 1) / 2;
        int h = (src.height() + 1) / 2;
        PlanarImage out = PlanarImage.create(w, h, 3);
        IntStream.range(0, 3).parallel().forEach(c -> {
            float[] s = src.plane(c);
            float[] d = out.plane(c);
            int sw = src.width();
            for (int y = 0; y < h; y++) {
                int y0 = 2 * y;
                int y1 = Math.min(src.height() - 1, y0 + 1);
                for (int x = 0; x < w; x++) {
                    int x0 = 2 * x;
                    int x1 = Math.min(sw - 1, x0 + 1);
                    d[y * w + x] = 0.25f * (s[y0 * sw + x0] + s[y0 * sw + x1] + s[y1 * sw + x0] + s[y1 * sw + x1]);
                }
            }
        });
        return out;
    }
}
