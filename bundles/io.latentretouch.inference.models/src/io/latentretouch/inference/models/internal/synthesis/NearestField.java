package io.latentretouch.inference.models.internal.synthesis;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/**
 * A nearest-neighbour field: for each target pixel of a level, the centre of the source patch most like the patch
 * around it found so far, and their distance. Improved by PatchMatch's propagation (a neighbour's match, shifted) and
 * random search (around the current match, in halving windows). Propagation runs in scan order on one thread; the
 * parallel random search reads the swept field and writes a new one, so the result does not depend on the threads.
 */
final class NearestField {

    /** Patch radius: 7×7 patches. */
    static final int RADIUS = 3;
    static final int SIDE = 2 * RADIUS + 1;
    /** Targets between two looks at the monitor. */
    private static final int CHUNK = 16384;

    private final int[] source;
    private final float[] distance;

    private NearestField(int[] source, float[] distance) {
        this.source = source;
        this.distance = distance;
    }

    /** The source patch centre of pixel {@code i}, or -1 when it is no target. */
    int source(int i) {
        return source[i];
    }

    /** Target {@code i}'s distance to its match. */
    float distance(int i) {
        return distance[i];
    }

    static NearestField random(Level level, long seed) {
        int[] source = new int[level.width() * level.height()];
        Arrays.fill(source, -1);
        int[] sources = level.sources();
        for (int i : level.targets()) {
            source[i] = sources[(int) Long.remainderUnsigned(hash(seed, -1, i, 0), sources.length)];
        }
        return new NearestField(source, new float[source.length]).rescored(level);
    }

    /**
     * One pass: propagation in scan order (forwards on even passes, from the left and above; backwards on odd ones),
     * each target trying its neighbours' matches shifted, the updated ones at once, so a good match crosses the whole
     * hole in one sweep; then random search around every match, in parallel, each target reading the swept field.
     */
    NearestField improved(Level level, long seed, int pass, RunMonitor monitor) throws InferenceException {
        int w = level.width();
        int h = level.height();
        int[] next = source.clone();
        float[] nextDistance = distance.clone();
        int[] targets = level.targets();
        PlanarImage image = level.image();
        boolean forwards = (pass & 1) == 0;
        int step = forwards ? -1 : 1;
        for (int k = 0; k < targets.length; k++) {
            if (k % CHUNK == 0) {
                monitor.checkCancelled();
            }
            int i = targets[forwards ? k : targets.length - 1 - k];
            int x = i % w;
            int y = i / w;
            int[][] neighbours = {{x + step, y}, {x, y + step}};
            for (int[] n : neighbours) {
                if (n[0] < 0 || n[1] < 0 || n[0] >= w || n[1] >= h || next[n[1] * w + n[0]] < 0) {
                    continue;
                }
                int s = next[n[1] * w + n[0]];
                int sx = s % w + (x - n[0]);
                int sy = s / w + (y - n[1]);
                if (level.isSource(sx, sy) && sy * w + sx != next[i]) {
                    float d = distance(image, i, sy * w + sx, w, h);
                    if (d < nextDistance[i]) {
                        next[i] = sy * w + sx;
                        nextDistance[i] = d;
                    }
                }
            }
        }
        int[] swept = next.clone();
        for (int from = 0; from < targets.length; from += CHUNK) {
            monitor.checkCancelled();
            search(level, seed, pass, swept, next, nextDistance, from, Math.min(targets.length, from + CHUNK));
        }
        return new NearestField(next, nextDistance);
    }

    /** Random search around the swept matches of targets {@code from} … {@code to} − 1, in parallel. */
    private static void search(Level level, long seed, int pass, int[] swept, int[] next, float[] nextDistance, int from, int to) {
        int w = level.width();
        int h = level.height();
        int[] targets = level.targets();
        PlanarImage image = level.image();
        IntStream.range(from, to).parallel().forEach(k -> {
            int i = targets[k];
            int draw = 0;
            for (int radius = Math.max(w, h); radius >= 1; radius /= 2, draw++) {
                long r = hash(seed, pass, i, draw);
                int sx = swept[i] % w + (int) ((r & 0xffff) % (2 * radius + 1)) - radius;
                int sy = swept[i] / w + (int) (((r >>> 16) & 0xffff) % (2 * radius + 1)) - radius;
                if (level.isSource(sx, sy)) {
                    float d = distance(image, i, sy * w + sx, w, h);
                    if (d < nextDistance[i]) {
                        next[i] = sy * w + sx;
                        nextDistance[i] = d;
                    }
                }
            }
        });
    }

    /**
     * The field carried to a level twice the size: each match doubled, offset by the pixel's place in its block;
     * distances are left to {@link #rescored} once the finer hole has been rebuilt from these matches.
     */
    NearestField upsampled(Level finer, long seed) {
        int w = finer.width();
        int h = finer.height();
        int cw = w / 2;
        int ch = h / 2;
        int[] next = new int[w * h];
        Arrays.fill(next, -1);
        int[] sources = finer.sources();
        for (int i : finer.targets()) {
            int x = i % w;
            int y = i / w;
            int s = source[Math.min(ch - 1, y / 2) * cw + Math.min(cw - 1, x / 2)];
            int sx = s < 0 ? -1 : 2 * (s % cw) + (x & 1);
            int sy = s < 0 ? -1 : 2 * (s / cw) + (y & 1);
            next[i] = finer.isSource(sx, sy) ? sy * w + sx : sources[(int) Long.remainderUnsigned(hash(seed, -2, i, 0), sources.length)];
        }
        return new NearestField(next, new float[w * h]);
    }

    /** The same matches, their distances measured on the level's image as it is now. */
    NearestField rescored(Level level) {
        float[] next = distance.clone();
        int[] targets = level.targets();
        IntStream.range(0, targets.length).parallel().forEach(k -> next[targets[k]] =
                distance(level.image(), targets[k], source[targets[k]], level.width(), level.height()));
        return new NearestField(source, next);
    }

    /** Sum of squared differences of the two patches over the target patch's pixels inside the image. */
    static float distance(PlanarImage image, int target, int source, int w, int h) {
        int tx = target % w;
        int ty = target / w;
        int delta = source - target;
        float sum = 0;
        for (int c = 0; c < image.channels(); c++) {
            float[] p = image.plane(c);
            for (int y = Math.max(0, ty - RADIUS); y <= Math.min(h - 1, ty + RADIUS); y++) {
                for (int x = Math.max(0, tx - RADIUS); x <= Math.min(w - 1, tx + RADIUS); x++) {
                    float d = p[y * w + x] - p[y * w + x + delta];
                    sum += d * d;
                }
            }
        }
        return sum;
    }

    /** A reproducible 64-bit random number for one draw: SplitMix64 of the seed and where it is drawn. */
    private static long hash(long seed, int pass, int pixel, int draw) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + pass * 0x10001L + ((long) pixel << 20) + draw);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
