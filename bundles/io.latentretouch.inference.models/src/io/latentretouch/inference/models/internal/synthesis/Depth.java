package io.latentretouch.inference.models.internal.synthesis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** How deep pixels lie inside a hole, in 4-connected steps from the nearest known pixel. */
final class Depth {

    private Depth() {
    }

    /**
     * For each hole pixel its depth over {@code full} (at most 1), 0 outside the hole; 1 everywhere in a hole too thin
     * to reach that depth (a stroke: fading would leave it without detail).
     */
    static float[] of(boolean[] hole, int w, int h, int full) {
        int[] depth = new int[hole.length];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i] && Grid.touches(hole, false, i, w, h)) {
                depth[i] = 1;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            if (depth[i] >= full) {
                continue;
            }
            int x = i % w;
            int y = i / w;
            int[] next = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1};
            for (int n : next) {
                if (n >= 0 && hole[n] && depth[n] == 0) {
                    depth[n] = depth[i] + 1;
                    queue.add(n);
                }
            }
        }
        int deepest = Arrays.stream(depth).max().orElse(0);
        float scale = deepest < full ? 1 : full;
        float[] weight = new float[hole.length];
        for (int i = 0; i < hole.length; i++) {
            weight[i] = !hole[i] ? 0 : depth[i] == 0 ? 1 : Math.min(1f, depth[i] / scale);
        }
        return weight;
    }

    /** The known pixels within {@code width} steps (a square window) of the hole: 8-connected steps outward from it. */
    static boolean[] ring(boolean[] hole, int w, int h, int width) {
        int[] steps = new int[hole.length];
        boolean[] ring = new boolean[hole.length];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            if (steps[i] >= width) {
                continue;
            }
            int x = i % w;
            int y = i / w;
            for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                    int n = yy * w + xx;
                    if (!hole[n] && !ring[n]) {
                        ring[n] = true;
                        steps[n] = steps[i] + 1;
                        queue.add(n);
                    }
                }
            }
        }
        return ring;
    }
}
