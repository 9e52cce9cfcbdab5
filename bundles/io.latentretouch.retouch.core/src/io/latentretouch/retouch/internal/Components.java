package io.latentretouch.retouch.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Connected parts (8-connected) of a binary map. */
final class Components {

    private Components() {
    }

    /**
     * Keeps the compact small parts, spots: clears every part larger than {@code maxArea} pixels or whose bounding box
     * is more than {@code maxElongation} times longer than wide (plus a pixel, for the smallest), and returns how many
     * parts are left.
     */
    static int keepSpots(float[] map, int w, int h, int maxArea, int maxElongation) {
        boolean[] seen = new boolean[map.length];
        Deque<Integer> stack = new ArrayDeque<>();
        int kept = 0;
        for (int start = 0; start < map.length; start++) {
            if (map[start] == 0 || seen[start]) {
                continue;
            }
            List<Integer> part = new ArrayList<>();
            int[] box = {w, h, -1, -1};
            seen[start] = true;
            stack.push(start);
            while (!stack.isEmpty()) {
                int p = stack.pop();
                part.add(p);
                int px = p % w;
                int py = p / w;
                box[0] = Math.min(box[0], px);
                box[1] = Math.min(box[1], py);
                box[2] = Math.max(box[2], px);
                box[3] = Math.max(box[3], py);
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
            int across = box[2] - box[0] + 1;
            int down = box[3] - box[1] + 1;
            boolean elongated = Math.max(across, down) > maxElongation * Math.min(across, down) + 1;
            if (part.size() > maxArea || elongated) {
                part.forEach(p -> map[p] = 0);
            } else {
                kept++;
            }
        }
        return kept;
    }
}
