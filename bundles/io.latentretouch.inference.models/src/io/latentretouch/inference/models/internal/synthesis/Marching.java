package io.latentretouch.inference.models.internal.synthesis;

import java.util.Arrays;
import java.util.PriorityQueue;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/**
 * Telea's fast-marching fill (2004): the hole is filled from its edge inward in order of distance, each pixel the mean
 * of the known pixels within {@link #RADIUS}, weighted towards the near ones, the ones at its own distance from the
 * edge and the ones along the marching direction, so edges that reach the hole carry on into it instead of levelling
 * out as a membrane does.
 */
final class Marching {

    static final int RADIUS = 5;
    private static final int CHECK_EVERY = 8192;

    private Marching() {
    }

    /**
     * Overwrites every hole pixel of every plane; planes are row-major, w × h.
     *
     * @throws InferenceException {@code CANCELLED}, looked at every {@link #CHECK_EVERY} pixels
     */
    static void fill(float[][] planes, int w, int h, boolean[] hole, RunMonitor monitor) throws InferenceException {
        float[] t = new float[hole.length];
        boolean[] known = new boolean[hole.length];
        PriorityQueue<long[]> band = new PriorityQueue<>((a, b) -> Float.compare(Float.intBitsToFloat((int) a[0]), Float.intBitsToFloat((int) b[0])));
        Arrays.fill(t, Float.MAX_VALUE);
        for (int i = 0; i < hole.length; i++) {
            if (!hole[i]) {
                known[i] = true;
                t[i] = 0;
                if (Grid.touches(hole, true, i, w, h)) {
                    band.add(new long[] {Float.floatToIntBits(0f), i});
                }
            }
        }
        for (int popped = 1; !band.isEmpty(); popped++) {
            if (popped % CHECK_EVERY == 0) {
                monitor.checkCancelled();
            }
            int p = (int) band.poll()[1];
            int x = p % w;
            int y = p / w;
            int[] next = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
            for (int q : next) {
                if (q < 0 || known[q] || t[q] != Float.MAX_VALUE) {
                    continue;
                }
                t[q] = arrival(t, known, q, w, h);
                inpaint(planes, known, t, q, w, h);
                known[q] = true;
                band.add(new long[] {Float.floatToIntBits(t[q]), q});
            }
        }
    }

    /** The weighted mean of the known pixels around q. */
    private static void inpaint(float[][] planes, boolean[] known, float[] t, int q, int w, int h) {
        int qx = q % w;
        int qy = q / w;
        double[] sum = new double[planes.length];
        double weights = 0;
        for (int y = Math.max(0, qy - RADIUS); y <= Math.min(h - 1, qy + RADIUS); y++) {
            for (int x = Math.max(0, qx - RADIUS); x <= Math.min(w - 1, qx + RADIUS); x++) {
                int r = y * w + x;
                int dx = qx - x;
                int dy = qy - y;
                int d2 = dx * dx + dy * dy;
                if (!known[r] || d2 == 0 || d2 > RADIUS * RADIUS) {
                    continue;
                }
                float gx = gradient(t, known, r, 1, x > 0, x < w - 1);
                float gy = gradient(t, known, r, w, y > 0, y < h - 1);
                double norm = Math.sqrt(gx * gx + gy * gy);
                double dir = norm == 0 ? 1 : Math.max(1e-6, Math.abs(gx * dx + gy * dy) / (norm * Math.sqrt(d2)));
                double weight = dir / (d2 * Math.sqrt(d2)) / (1 + Math.abs(t[r] - t[q]));
                for (int c = 0; c < planes.length; c++) {
                    sum[c] += weight * planes[c][r];
                }
                weights += weight;
            }
        }
        for (int c = 0; c < planes.length && weights > 0; c++) {
            planes[c][q] = (float) (sum[c] / weights);
        }
    }

    /** The derivative at r along a step, from its known neighbours on either side. */
    private static float gradient(float[] p, boolean[] known, int r, int step, boolean hasBefore, boolean hasAfter) {
        boolean before = hasBefore && known[r - step];
        boolean after = hasAfter && known[r + step];
        if (before && after) {
            return (p[r + step] - p[r - step]) / 2;
        }
        return after ? p[r + step] - p[r] : before ? p[r] - p[r - step] : 0;
    }

    /** The distance at q from its known neighbours' (the eikonal equation on the grid). */
    private static float arrival(float[] t, boolean[] known, int q, int w, int h) {
        int x = q % w;
        int y = q / w;
        float tx = Math.min(x > 0 && known[q - 1] ? t[q - 1] : Float.MAX_VALUE, x < w - 1 && known[q + 1] ? t[q + 1] : Float.MAX_VALUE);
        float ty = Math.min(y > 0 && known[q - w] ? t[q - w] : Float.MAX_VALUE, y < h - 1 && known[q + w] ? t[q + w] : Float.MAX_VALUE);
        float a = Math.min(tx, ty);
        float b = Math.max(tx, ty);
        if (b == Float.MAX_VALUE || b - a >= 1) {
            return a + 1;
        }
        return (float) ((a + b + Math.sqrt(2 - (a - b) * (a - b))) / 2);
    }
}
