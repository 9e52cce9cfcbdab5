package io.latentretouch.retouch.ui.internal.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;

/**
 * The shape selections, in image pixels, each added to a copy of a mask: a rectangle or ellipse, a lasso's polygon, the
 * magic wand's region of similar colour.
 */
final class Shapes {

    private Shapes() {
    }

    /** A copy of the mask with the box (or the ellipse inscribed in it) fully selected. */
    static Mask added(Mask mask, Region box, boolean ellipse) {
        Mask out = Mask.wrap(mask.width(), mask.height(), mask.values().clone());
        double cx = box.x() + box.width() / 2.0;
        double cy = box.y() + box.height() / 2.0;
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) {
                double dx = (x + 0.5 - cx) / (box.width() / 2.0);
                double dy = (y + 0.5 - cy) / (box.height() / 2.0);
                if (!ellipse || dx * dx + dy * dy <= 1) {
                    out.values()[y * mask.width() + x] = 1f;
                }
            }
        }
        return out;
    }

    /** A copy of the mask with the closed polygon's inside (even-odd, pixel centres) selected; null when it is empty. */
    static Mask polygon(Mask mask, double[] xs, double[] ys) {
        Mask out = Mask.wrap(mask.width(), mask.height(), mask.values().clone());
        int n = xs.length;
        boolean any = false;
        for (int y = 0; y < mask.height(); y++) {
            double cy = y + 0.5;
            List<Double> crossings = new ArrayList<>();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                if (ys[i] <= cy != ys[j] <= cy) {
                    crossings.add(xs[i] + (cy - ys[i]) / (ys[j] - ys[i]) * (xs[j] - xs[i]));
                }
            }
            Collections.sort(crossings);
            for (int k = 0; k + 1 < crossings.size(); k += 2) {
                int from = Math.max(0, (int) Math.ceil(crossings.get(k) - 0.5));
                int to = Math.min(mask.width() - 1, (int) Math.floor(crossings.get(k + 1) - 0.5));
                for (int x = from; x <= to; x++) {
                    out.values()[y * mask.width() + x] = 1f;
                    any = true;
                }
            }
        }
        return any ? out : null;
    }

    /**
     * A copy of the mask with the magic wand's region added: the 4-connected pixels around (x, y) whose colour differs
     * from its colour by at most {@code tolerance} (0..1) in every channel.
     */
    static Mask wand(Mask mask, PlanarImage image, int x, int y, double tolerance) {
        int w = image.width();
        Mask out = Mask.wrap(mask.width(), mask.height(), mask.values().clone());
        boolean[] seen = new boolean[w * image.height()];
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(y * w + x);
        seen[y * w + x] = true;
        while (!todo.isEmpty()) {
            int p = todo.pop();
            out.values()[p] = 1f;
            int px = p % w;
            int py = p / w;
            int[] next = {px > 0 ? p - 1 : -1, px < w - 1 ? p + 1 : -1, py > 0 ? p - w : -1, py < image.height() - 1 ? p + w : -1};
            for (int q : next) {
                if (q >= 0 && !seen[q] && similar(image, y * w + x, q, tolerance)) {
                    seen[q] = true;
                    todo.push(q);
                }
            }
        }
        return out;
    }

    private static boolean similar(PlanarImage image, int a, int b, double tolerance) {
        for (int c = 0; c < Math.min(3, image.channels()); c++) {
            if (Math.abs(image.plane(c)[a] - image.plane(c)[b]) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
