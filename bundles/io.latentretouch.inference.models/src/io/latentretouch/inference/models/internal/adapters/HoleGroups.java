package io.latentretouch.inference.models.internal.adapters;

import java.util.ArrayList;
import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Region;

/**
 * Splits a hole mask into groups regenerated one crop at a time: the bounding boxes of its connected parts, each with
 * its context crop, groups whose crops overlap merged into one (their crops' union) as long as it stays within
 * {@link #MAX_CROP}. Scattered blemishes then cost a few small model runs instead of one run over the whole image, and
 * many blemishes on a 100-megapixel image never add up to a crop the size of the image.
 */
final class HoleGroups {

    /** Longest side of a merged crop. */
    static final int MAX_CROP = 2048;

    /**
     * Holes regenerated together.
     *
     * @param crop  the region the model sees
     * @param holes bounding boxes of the group's holes
     */
    record Group(Region crop, List<Region> holes) {

        /** The hole mask within the crop, only where this group's holes are. */
        Mask holeIn(Mask hole) {
            Mask own = Mask.empty(crop.width(), crop.height());
            for (Region h : holes) {
                Region r = h.intersect(crop);
                for (int y = r.y(); y < r.bottom(); y++) {
                    for (int x = r.x(); x < r.right(); x++) {
                        own.values()[(y - crop.y()) * crop.width() + x - crop.x()] = hole.get(x, y);
                    }
                }
            }
            return own;
        }
    }

    private HoleGroups() {
    }

    /** The groups, each holding whole holes and their context. */
    static List<Group> groups(Mask hole, int context) {
        List<List<Region>> groups = new ArrayList<>();
        components(hole).forEach(c -> groups.add(new ArrayList<>(List.of(c))));
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < groups.size(); i++) {
                Region a = crop(groups.get(i), hole, context);
                for (int j = i + 1; j < groups.size(); j++) {
                    Region b = crop(groups.get(j), hole, context);
                    if (!a.intersect(b).isEmpty() && Math.max(a.union(b).width(), a.union(b).height()) <= MAX_CROP) {
                        groups.get(i).addAll(groups.remove(j));
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        return groups.stream().map(g -> new Group(crop(g, hole, context), List.copyOf(g))).toList();
    }

    /** The union of the holes' own context crops: context grows with each hole, not with the group. */
    private static Region crop(List<Region> holes, Mask hole, int context) {
        Region box = new Region(0, 0, 0, 0);
        for (Region h : holes) {
            box = box.union(Crops.around(h, hole.width(), hole.height(), context));
        }
        return box;
    }

    /** Bounding boxes of the 8-connected parts of the selection (labelled within its bounds, not the whole frame). */
    static List<Region> components(Mask hole) {
        Region bounds = hole.bounds();
        if (bounds.isEmpty()) {
            return List.of();
        }
        int w = bounds.width();
        int h = bounds.height();
        float[] v = hole.asImage().crop(bounds).plane(0);
        boolean[] seen = new boolean[v.length];
        int[] stack = new int[Math.max(1, v.length)];
        List<Region> boxes = new ArrayList<>();
        for (int start = 0; start < v.length; start++) {
            if (v[start] <= 0 || seen[start]) {
                continue;
            }
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            seen[start] = true;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int p = stack[--top];
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
                            stack[top++] = n;
                        }
                    }
                }
            }
            boxes.add(new Region(bounds.x() + x0, bounds.y() + y0, x1 - x0 + 1, y1 - y0 + 1));
        }
        return boxes;
    }
}
