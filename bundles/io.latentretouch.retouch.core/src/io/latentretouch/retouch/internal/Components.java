package io.latentretouch.retouch.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Connected parts (8-connected) of a binary map. */
final class Components {

    private Components() {
    }

    /** Clears every part larger than {@code maxArea} pixels and returns how many parts are left. */
    static int keepSmall(float[] map, int w, int h, int maxArea) {
        boolean[] seen = new boolean[map.length];
        Deque<Integer> stack = new ArrayDeque<>();
        int kept = 0;
        for (int start = 0; start < map.length; start++) {
            if (map[start] == 0 || seen[start]) {
                continue;
            }
            List<Integer> part = new ArrayList<>();
            seen[start] = true;
            stack.push(start);
            while (!stack.isEmpty()) {
                int p = stack.pop();
                part.add(p);
                int px = p % w;
                int py = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        int n = ny * w + nx;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[n] && map[n] != 0) {
                            seen[n] = true;
                            stack.push(n);
                        }
                    }
                }
            }
            if (part.size() > maxArea) {
                part.forEach(p -> map[p] = 0);
            } else {
                kept++;
            }
        }
        return kept;
    }
}
