package io.latentretouch.inference.models.internal.synthesis;

import java.util.stream.IntStream;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/**
 * The smoothest fill of a hole: Laplace's equation inside it, the known pixels around it as the boundary (a membrane
 * stretched over the hole), solved coarse to fine: each level starts from the level at half its size and relaxes by
 * over-relaxed Gauss–Seidel sweeps, so a hole of any size converges in a few dozen sweeps per level.
 */
final class Membrane {

    private static final int SWEEPS = 20;
    /** Sweeps between two looks at the monitor. */
    private static final int CHECK_EVERY = 10;
    private static final float OVER_RELAXATION = 1.8f;
    /** Below this size the start (the mean of the known pixels) is relaxed directly. */
    private static final int COARSEST = 8;

    private Membrane() {
    }

    /**
     * Overwrites every hole pixel of every plane with the membrane over the rest; planes are row-major, w × h.
     *
     * @throws InferenceException {@code CANCELLED} between levels and sweeps
     */
    static void fill(float[][] planes, int w, int h, boolean[] hole, RunMonitor monitor) throws InferenceException {
        int[] inside = IntStream.range(0, hole.length).filter(i -> hole[i]).toArray();
        if (inside.length == 0 || inside.length == hole.length) {
            return;
        }
        if (Math.min(w, h) / 2 >= COARSEST) {
            start(planes, w, h, hole, monitor);
        } else {
            for (float[] p : planes) {
                float mean = meanKnown(p, hole);
                for (int i : inside) {
                    p[i] = mean;
                }
            }
        }
        for (int done = 0; done < SWEEPS; done += CHECK_EVERY) {
            monitor.checkCancelled();
            IntStream.range(0, planes.length).parallel().forEach(c -> relax(planes[c], w, h, inside, CHECK_EVERY));
        }
    }

    /** Hole pixels from the membrane at half the size. */
    private static void start(float[][] planes, int w, int h, boolean[] hole, RunMonitor monitor) throws InferenceException {
        int hw = w / 2;
        int hh = h / 2;
        float[][] small = new float[planes.length][hw * hh];
        boolean[] smallHole = Grid.halve(planes, hole, w, h, small);
        fill(small, hw, hh, smallHole, monitor);
        for (int y = 0; y < h; y++) {
            int sy = Math.min(hh - 1, y / 2);
            for (int x = 0; x < w; x++) {
                if (hole[y * w + x]) {
                    int s = sy * hw + Math.min(hw - 1, x / 2);
                    for (int c = 0; c < planes.length; c++) {
                        planes[c][y * w + x] = small[c][s];
                    }
                }
            }
        }
    }

    private static void relax(float[] p, int w, int h, int[] inside, int sweeps) {
        for (int sweep = 0; sweep < sweeps; sweep++) {
            for (int i : inside) {
                int x = i % w;
                int y = i / w;
                float sum = 0;
                int n = 0;
                if (x > 0) {
                    sum += p[i - 1];
                    n++;
                }
                if (x < w - 1) {
                    sum += p[i + 1];
                    n++;
                }
                if (y > 0) {
                    sum += p[i - w];
                    n++;
                }
                if (y < h - 1) {
                    sum += p[i + w];
                    n++;
                }
                p[i] += OVER_RELAXATION * (sum / n - p[i]);
            }
        }
    }

    private static float meanKnown(float[] p, boolean[] hole) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if (!hole[i]) {
                sum += p[i];
                n++;
            }
        }
        return n == 0 ? 0 : (float) (sum / n);
    }
}
