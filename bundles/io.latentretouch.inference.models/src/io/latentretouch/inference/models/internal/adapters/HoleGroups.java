package io.latentretouch.inference.models.internal.adapters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Region;

/**
 * Splits a hole mask into independent crops: the bounding boxes of its connected parts, each with its context crop,
 * crops that overlap merged into one. Scattered blemishes then cost a few small model runs instead of one run over
 * the whole image.
 */
final class HoleGroups {

    private HoleGroups() {
    }

    /** Disjoint crops, each holding whole holes and their context. */
    static List<Region> crops(Mask hole) {
        List<Region> holes = components(hole);
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < holes.size(); i++) {
                for (int j = i + 1; j < holes.size(); j++) {
                    Region a = Crops.around(holes.get(i), hole.width(), hole.height());
                    Region b = Crops.around(holes.get(j), hole.width(), hole.height());
                    if (!a.intersect(b).isEmpty()) {
                        holes.set(i, holes.get(i).union(holes.get(j)));
                        holes.remove(j);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        return holes.stream().map(h -> Crops.around(h, hole.width(), hole.height())).toList();
    }

    /** Bounding boxes of the 8-connected parts of the selection. */
    static List<Region> components(Mask hole) {
        int w = hole.width();
        int h = hole.height();
        float[] v = hole.values();
        boolean[] seen = new boolean[v.length];
        List<Region> boxes = new ArrayList<>();
        Deque<Integer> stack = new ArrayDeque<>();
        for (int start = 0; start < v.length; start++) {
            if (v[start] <= 0 || seen[start]) {
                continue;
            }
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            seen[start] = true;
            stack.push(start);
            while (!stack.isEmpty()) {
                int p = stack.pop();
                int px = p % w;
                int py = p / w;
                x0 = Math.min(x0, px);
                x1 = Math.max(x1, px);
                y0 = Math.min(y0, py);
                y1 = Math.max(y1, py);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        int n = ny * w + nx;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[n] && v[n] > 0) {
                            seen[n] = true;
                            stack.push(n);
                        }
                    }
                }
            }
            boxes.add(new Region(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
        }
        return boxes;
    }
}
