package io.latentretouch.retouch.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.models.Face;

/**
 * Flyaway hair: thin strands that stand out of the hair mass against the backdrop. Around each face, the backdrop's
 * colour is taken from the top corners of the head's region; what differs from it is the head, whose mass is that
 * opened (strands are thinner than the opening), kept to the parts that reach the face, its outline's gaps bridged and
 * its enclosed holes (highlights as light as the backdrop) filled.
 * Where a face-parsing model is installed, its head (hair, face, hat), opened, is the mass instead.
 * A strand is a line, by the Hessian of luminance at a strand's width, outside the mass and the face, within a reach
 * of the mass that the strength sets, on pixels that differ from the backdrop.
 */
final class Flyaways {

    /** The region around a face searched, in face widths and heights (left/right, above, below the top). */
    private static final double SIDE = 1.0;
    private static final double ABOVE = 1.0;
    private static final double BELOW = 0.6;
    /** The backdrop's sample: squares of this fraction of the face width in the region's top corners. */
    private static final double CORNER = 0.25;
    /** A pixel is the head's when a channel differs from the backdrop by more than this many deviations, plus a floor. */
    private static final double DEVIATIONS = 3;
    private static final double FLOOR = 0.04;
    /** Gaps in the hair's outline up to this fraction of the face height are bridged before its holes are filled. */
    private static final double CLOSE = 0.1;
    /** A line stands out when its response is this many times the region's median response. */
    private static final double STANDS_OUT = 8;

    private Flyaways() {
    }

    /**
     * The strands, 1 where they are.
     *
     * @param strength 0 (none) … 1 (strands up to a face height from the hair mass)
     * @param parsed   a face-parsing model's head (hair, face, hat) at the image's size, or null to find the hair mass
     *                 from colour and the faces' positions
     */
    static Mask find(PlanarImage image, List<Face> faces, double strength, Mask parsed) {
        int w = image.width();
        int h = image.height();
        Mask found = Mask.empty(w, h);
        for (Face f : faces) {
            Region roi = new Region((int) (f.x() - SIDE * f.width()), (int) (f.y() - ABOVE * f.height()), (int) ((1 + 2 * SIDE) * f.width()),
                    (int) ((ABOVE + BELOW) * f.height())).intersect(image.bounds());
            int reach = (int) Math.round(strength * f.height());
            if (roi.isEmpty() || reach < 1) {
                continue;
            }
            Line line = Line.around(image, roi, Math.max(0.8, f.iod() / 60));
            boolean[] head = head(image, roi, f);
            Mask mass = parsed == null ? mass(head, w, h, roi, f) : parsedMass(parsed, roi, f);
            Mask near = Masks.growCoarse(mass, reach);
            Mask edge = Masks.dilate(mass, 1);
            Region face = new Region((int) f.x(), (int) f.y(), (int) f.width(), (int) f.height());
            double threshold = STANDS_OUT * median(line, roi, edge);
            for (int y = roi.y(); y < roi.bottom(); y++) {
                for (int x = roi.x(); x < roi.right(); x++) {
                    int i = y * w + x;
                    if (head[i] && line.at(x, y) > threshold && edge.values()[i] == 0 && near.values()[i] > 0.5f && !face.contains(x, y)) {
                        found.values()[i] = 1f;
                    }
                }
            }
        }
        return Masks.dilate(found, 1);
    }

    /** Pixels of the region that differ from the backdrop sampled in its top corners. */
    private static boolean[] head(PlanarImage image, Region roi, Face f) {
        int w = image.width();
        int c = Math.max(2, (int) (CORNER * f.width()));
        boolean[] head = new boolean[w * image.height()];
        for (int ch = 0; ch < 3; ch++) {
            float[] p = image.plane(ch);
            float[] sample = new float[2 * c * c];
            int n = 0;
            for (int y = roi.y(); y < roi.y() + c; y++) {
                for (int x = 0; x < c; x++) {
                    sample[n++] = p[y * w + roi.x() + x];
                    sample[n++] = p[y * w + roi.right() - 1 - x];
                }
            }
            Arrays.sort(sample);
            float median = sample[sample.length / 2];
            for (int k = 0; k < sample.length; k++) {
                sample[k] = Math.abs(sample[k] - median);
            }
            Arrays.sort(sample);
            double limit = DEVIATIONS * 1.4826 * sample[sample.length / 2] + FLOOR;
            for (int y = roi.y(); y < roi.bottom(); y++) {
                for (int x = roi.x(); x < roi.right(); x++) {
                    head[y * w + x] |= Math.abs(p[y * w + x] - median) > limit;
                }
            }
        }
        return head;
    }

    /** The head opened (no strands), the parts that reach the face, their enclosed holes filled. */
    private static Mask mass(boolean[] head, int w, int h, Region roi, Face f) {
        Mask opened = opened(asMask(head, w, h), f);
        Region face = new Region((int) f.x(), (int) f.y(), (int) f.width(), (int) f.height()).intersect(roi);
        boolean[] open = new boolean[head.length];
        for (int i = 0; i < open.length; i++) {
            open[i] = opened.values()[i] > 0.5f;
        }
        boolean[] reached = connected(open, w, roi, i -> face.contains(i % w, i / w));
        Mask closed = Masks.fillHoles(asMask(reached, w, h), (int) Math.ceil(CLOSE * f.height()));
        boolean[] rest = new boolean[head.length];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = closed.values()[i] < 0.5f;
        }
        boolean[] outside = connected(rest, w, roi, i -> {
            int x = i % w;
            int y = i / w;
            return x == roi.x() || y == roi.y() || x == roi.right() - 1 || y == roi.bottom() - 1;
        });
        Mask mass = Mask.empty(w, h);
        for (int y = roi.y(); y < roi.bottom(); y++) {
            for (int x = roi.x(); x < roi.right(); x++) {
                mass.values()[y * w + x] = outside[y * w + x] ? 0f : 1f;
            }
        }
        return mass;
    }

    /**
     * A parsing model's head within the region, opened: a model that labels a strand or two as hair at its resolution
     * still leaves them out of the mass they stand out of.
     */
    private static Mask parsedMass(Mask parsed, Region roi, Face f) {
        Mask head = Mask.empty(parsed.width(), parsed.height());
        for (int y = roi.y(); y < roi.bottom(); y++) {
            for (int x = roi.x(); x < roi.right(); x++) {
                int i = y * parsed.width() + x;
                head.values()[i] = parsed.values()[i] >= 0.5f ? 1f : 0f;
            }
        }
        return opened(head, f);
    }

    /** The mask without what is thinner than a few strands at this face's scale (an erosion, then a dilation). */
    private static Mask opened(Mask m, Face f) {
        int r = Math.max(2, (int) Math.round(3 * Math.max(0.8, f.iod() / 60)));
        return Masks.dilate(Masks.erode(m, r), r);
    }

    private static Mask asMask(boolean[] b, int w, int h) {
        Mask m = Mask.empty(w, h);
        for (int i = 0; i < b.length; i++) {
            m.values()[i] = b[i] ? 1f : 0f;
        }
        return m;
    }

    /** The selected pixels of the region 4-connected to a selected pixel that {@code from} accepts. */
    private static boolean[] connected(boolean[] selected, int w, Region roi, IntPredicate from) {
        boolean[] seen = new boolean[selected.length];
        Deque<Integer> todo = new ArrayDeque<>();
        for (int y = roi.y(); y < roi.bottom(); y++) {
            for (int x = roi.x(); x < roi.right(); x++) {
                int i = y * w + x;
                if (selected[i] && from.test(i)) {
                    seen[i] = true;
                    todo.push(i);
                }
            }
        }
        while (!todo.isEmpty()) {
            int p = todo.pop();
            int x = p % w;
            int y = p / w;
            int[] next = {x > roi.x() ? p - 1 : -1, x < roi.right() - 1 ? p + 1 : -1, y > roi.y() ? p - w : -1, y < roi.bottom() - 1 ? p + w : -1};
            for (int q : next) {
                if (q >= 0 && selected[q] && !seen[q]) {
                    seen[q] = true;
                    todo.push(q);
                }
            }
        }
        return seen;
    }

    /**
     * How line-like each pixel is, at one face's strand width: |λ1| − |λ2| of the Hessian of luminance blurred at it,
     * computed over that face's region with the blur's reach around it (so it is what it would be over the image).
     */
    private record Line(Region box, float[] response) {

        static Line around(PlanarImage image, Region roi, double sigma) {
            Region box = roi.expand((int) Math.ceil(3 * sigma) + 2).intersect(image.bounds());
            PlanarImage c = image.crop(box);
            int w = box.width();
            int h = box.height();
            float[] y = new float[w * h];
            for (int i = 0; i < y.length; i++) {
                y[i] = 0.299f * c.plane(0)[i] + 0.587f * c.plane(1)[i] + 0.114f * c.plane(2)[i];
            }
            float[] b = Blur.gaussian(y, w, h, sigma);
            float[] line = new float[w * h];
            for (int py = 1; py < h - 1; py++) {
                for (int px = 1; px < w - 1; px++) {
                    int i = py * w + px;
                    double xx = b[i - 1] + b[i + 1] - 2 * b[i];
                    double yy = b[i - w] + b[i + w] - 2 * b[i];
                    double xy = (b[i + w + 1] + b[i - w - 1] - b[i + w - 1] - b[i - w + 1]) / 4;
                    double half = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
                    double l1 = Math.abs((xx + yy) / 2 + half);
                    double l2 = Math.abs((xx + yy) / 2 - half);
                    line[i] = (float) Math.abs(l1 - l2);
                }
            }
            return new Line(box, line);
        }

        /** The response at image pixel (x, y), inside the box. */
        float at(int x, int y) {
            return response[(y - box.y()) * box.width() + x - box.x()];
        }
    }

    /** The median response over the region, outside the mask. */
    private static double median(Line line, Region roi, Mask except) {
        int w = except.width();
        float[] v = new float[(int) roi.area()];
        int n = 0;
        for (int y = roi.y(); y < roi.bottom(); y++) {
            for (int x = roi.x(); x < roi.right(); x++) {
                if (except.values()[y * w + x] == 0) {
                    v[n++] = line.at(x, y);
                }
            }
        }
        Arrays.sort(v, 0, n);
        return n == 0 ? Double.MAX_VALUE : v[n / 2];
    }
}
